package com.mentorflow.circles;

import com.mentorflow.platform.ExpressionBean;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who does what in a circle, for circle-lifecycle.bpmn's assignments: read when a task is created, so a new
 * manager gets the next tasks (and {@link CircleManagement} hands over the open ones).
 */
@ExpressionBean
@Component("circleRoster")
public class CircleRoster {

    private final CircleRepository circles;
    private final CircleMembershipRepository memberships;
    private final AccountService accounts;

    CircleRoster(CircleRepository circles, CircleMembershipRepository memberships, AccountService accounts) {
        this.circles = circles;
        this.memberships = memberships;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public String manager(long circleId) {
        Long managerId = circles.findById(circleId).orElseThrow().getManagerAccountId();
        return managerId == null ? null : username(managerId);
    }

    /** Everyone in the circle but its manager, who decides rather than votes. */
    @Transactional(readOnly = true)
    public List<String> voters(long circleId) {
        Long managerId = circles.findById(circleId).orElseThrow().getManagerAccountId();
        return approved(circleId).stream().filter(m -> !Objects.equals(m.getAccountId(), managerId))
                .map(m -> username(m.getAccountId())).toList();
    }

    /** Everyone in the circle when it disbanded, its manager included. */
    @Transactional(readOnly = true)
    public List<String> everyone(long circleId) {
        return approved(circleId).stream().map(m -> username(m.getAccountId())).toList();
    }

    private List<CircleMembership> approved(long circleId) {
        return memberships.findByCircleIdAndStatusOrderByDecidedAtAscIdAsc(circleId, CircleMembership.Status.APPROVED);
    }

    private String username(long accountId) {
        return accounts.findById(accountId).map(Account::getUsername).orElseThrow();
    }
}
