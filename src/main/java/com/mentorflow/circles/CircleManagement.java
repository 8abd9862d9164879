package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who manages a circle, and ending it early: a program manager hands a circle to someone else in it, a manager who
 * leaves is followed by an advisor or else the longest-standing member, and the manager or a program manager cancels.
 */
@Service
public class CircleManagement {

    private final CircleRecords records;
    private final CirclePeople people;
    private final CircleTasks tasks;
    private final CircleEngine engine;
    private final AuditLog audit;
    private final CirclePost post;

    CircleManagement(CircleRecords records, CirclePeople people, CircleTasks tasks, CircleEngine engine, AuditLog audit,
                     CirclePost post) {
        this.records = records;
        this.people = people;
        this.tasks = tasks;
        this.engine = engine;
        this.audit = audit;
        this.post = post;
    }

    /** The manager or a program manager cancels the circle; everyone is told and every open task ends. */
    @Transactional
    public void cancel(String username, long circleId, String reason) {
        records.lock(circleId);
        Circle circle = records.circle(circleId);
        boolean manager = people.findAccountId(username).map(id -> Objects.equals(circle.getManagerAccountId(), id)).orElse(false);
        if (!manager && !CurrentUser.hasRole(Roles.PROGRAM_MANAGER)) {
            throw new NotPermittedException(Sentence.of("circles.refusal.onlyManagerCancels"));
        }
        String why = reason == null ? "" : reason.strip();
        new RejectedInputException.Collector()
                .check(why.length() >= 5 && why.length() <= 1000, "reason", Sentence.of("circles.refusal.giveReason"))
                .throwIfAny();
        circle.getStatus().checkCanCancel();
        engine.cancel(circleId, why + " (cancelled by " + username + ")");
    }

    /** A program manager makes another person in the circle its manager, e.g. when decisions are stuck. */
    @Transactional
    public void reassignManager(String programManagerUsername, long circleId, long newManagerAccountId) {
        if (!CurrentUser.hasRole(Roles.PROGRAM_MANAGER)) {
            throw new NotPermittedException(Sentence.of("circles.refusal.onlyProgramManagerHandsOver"));
        }
        records.lock(circleId);
        Circle circle = records.circle(circleId);
        circle.getStatus().checkCanHandOver();
        CircleMembership successor = records.approved(circleId).stream().filter(m -> m.getAccountId() == newManagerAccountId)
                .findFirst().orElseThrow(() -> new RejectedInputException("manager", Sentence.of("circles.refusal.chooseMember")));
        if (Objects.equals(circle.getManagerAccountId(), newManagerAccountId)) {
            throw new RejectedInputException("manager", Sentence.of("circles.refusal.managesAlready"));
        }
        String previous = circle.getManagerAccountId() == null ? null : people.username(circle.getManagerAccountId());
        handOver(circle, successor, previous, programManagerUsername, "reassigned by " + programManagerUsername);
    }

    /**
     * Someone was deactivated: every open circle they manage goes to an active advisor, else the longest-standing
     * active member, who is mailed and gets the open manager tasks; a circle with no one else in it is cancelled,
     * as when everyone has left. Their membership stays (a reactivated person is back in), hidden from member lists.
     */
    @Transactional
    void managerLeft(long accountId, String username, String by) {
        for (Circle circle : records.managedBy(accountId)) {
            if (!circle.getStatus().isOpen()) {
                continue;
            }
            records.lock(circle.getId());
            List<CircleMembership> others = records.approved(circle.getId()).stream().filter(m -> m.getAccountId() != accountId)
                    .filter(m -> people.active(m.getAccountId())).toList();
            followUp(circle, others, username, by, "the previous manager left the program",
                    "its manager left the program and no one else is in it");
        }
    }

    /** The manager left the circle themselves; the others in it are the candidates. */
    void managerLeftCircle(Circle circle, String username) {
        followUp(circle, records.approved(circle.getId()), username, username, username + " left", "everyone has left");
    }

    /** An advisor first, else the longest-standing candidate, takes over; with nobody left the circle is cancelled. */
    private void followUp(Circle circle, List<CircleMembership> candidates, String previous, String actor, String why,
                          String cancelReason) {
        CircleMembership successor = candidates.stream().filter(m -> m.getRole() == Role.ADVISOR).findFirst()
                .orElse(candidates.stream().findFirst().orElse(null));
        if (successor != null) {
            handOver(circle, successor, previous, actor, why);
            return;
        }
        circle.handOverTo(null);
        engine.cancel(circle.getId(), cancelReason);
    }

    private void handOver(Circle circle, CircleMembership successor, String previousManager, String actor, String why) {
        Set<Long> concerned = new HashSet<>(Set.of(successor.getAccountId()));
        if (circle.getManagerAccountId() != null) {
            concerned.add(circle.getManagerAccountId());
        }
        circle.handOverTo(successor.getAccountId());
        String successorName = people.username(successor.getAccountId());
        if (previousManager != null) {
            tasks.handManagerTasks(circle.getId(), previousManager, successorName);
        }
        audit.record(actor, "circle-manager-changed", "circle " + circle.getId() + ": "
                + successorName + " manages it now (" + why + ")", concerned);
        post.send(successor.getAccountId(), CircleMails.nowManaging(circle));
    }
}
