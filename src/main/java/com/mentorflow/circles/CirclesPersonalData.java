package com.mentorflow.circles;

import com.mentorflow.people.AccountService;
import com.mentorflow.people.PersonalDataContributor;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Circle memberships, meetings attended, votes, feedback and circles managed in "Download my data"; on erasure the
 * person leaves every circle. The export only reads (circle joined with circle_membership, circle_vote,
 * circle_feedback and circle_meeting); what erasure changes goes through the records classes.
 */
@Component
class CirclesPersonalData implements PersonalDataContributor {

    private final CircleMemberships memberships;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    private final CircleRenewalRecords renewals;

    CirclesPersonalData(CircleMemberships memberships, AccountService accounts, JdbcTemplate jdbc, CircleRenewalRecords renewals) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.renewals = renewals;
    }

    @Override
    public String section() {
        return "circles";
    }

    @Override
    public Object export(long accountId) {
        return Map.of(
                "memberships", jdbc.queryForList("select c.name as circle, m.role, m.status, m.note, m.requested_at, "
                        + "m.decided_at, m.left_at from mentorflow.circle_membership m join mentorflow.circle c on c.id = m.circle_id "
                        + "where m.account_id = ? order by m.id", accountId),
                "votes", jdbc.queryForList("select c.name as circle, v.term, v.vote, v.voted_at from mentorflow.circle_vote v "
                        + "join mentorflow.circle c on c.id = v.circle_id where v.account_id = ? order by v.voted_at", accountId),
                "feedback", jdbc.queryForList("select c.name as circle, f.rating, f.comment, f.answered_at from "
                        + "mentorflow.circle_feedback f join mentorflow.circle c on c.id = f.circle_id where f.account_id = ?",
                        accountId),
                // Attendance is kept as a comma-separated list of account ids on the meeting.
                "meetingsAttended", jdbc.queryForList("select c.name as circle, m.number, m.kind, m.theme, m.scheduled_at, "
                        + "m.held_at, m.summary from mentorflow.circle_meeting m join mentorflow.circle c on c.id = m.circle_id "
                        + "where ',' || m.attended || ',' like '%,' || ? || ',%' order by m.held_at, m.number",
                        Long.toString(accountId)),
                "circlesManaged", jdbc.queryForList("select name, status, proposed_at, published_at, ended_at from "
                        + "mentorflow.circle where manager_account_id = ? order by id", accountId));
    }

    @Override
    public void erase(long accountId) {
        memberships.leaveAll(accountId, accounts.findById(accountId).orElseThrow().getUsername());
        renewals.eraseFeedbackComments(accountId);
    }
}
