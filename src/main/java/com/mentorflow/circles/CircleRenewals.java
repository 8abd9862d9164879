package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.*;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a term: members vote, the manager decides, a third term needs a program manager's approval; once a
 * circle disbands its people say how it went.
 */
@Service
public class CircleRenewals {

    private final CircleTasks tasks;
    private final CircleRecords records;
    private final CirclePeople people;
    private final CircleRenewalRecords renewals;
    private final AuditLog audit;
    private final CirclePost post;

    CircleRenewals(CircleTasks tasks, CircleRecords records, CirclePeople people, CircleRenewalRecords renewals,
                   AuditLog audit, CirclePost post) {
        this.tasks = tasks;
        this.records = records;
        this.people = people;
        this.renewals = renewals;
        this.audit = audit;
        this.post = post;
    }

    /** A member's optional vote on the renewal. */
    @Transactional
    public void vote(String taskId, String username, boolean continueCircle) {
        CircleTasks.Open task = tasks.open(taskId, username, FORM_VOTE);
        Circle circle = records.circle(task.circleId());
        renewals.vote(task.circleId(), circle.getTerm(), people.accountId(username), continueCircle);
        tasks.complete(task);
    }

    /** Votes so far in the circle's current term: CONTINUE and DISBAND counts. */
    @Transactional(readOnly = true)
    public Map<String, Integer> votes(long circleId) {
        return renewals.votes(circleId);
    }

    /** The manager decides; a third term needs a program manager's approval. */
    @Transactional
    public void decideRenewal(String taskId, String managerUsername, boolean continueCircle) {
        CircleTasks.Open task = tasks.open(taskId, managerUsername, FORM_RENEWAL);
        records.lock(task.circleId());
        audit.record(managerUsername, "circle-renewal-decided", "circle " + task.circleId() + ": "
                + (continueCircle ? "continue" : "disband"));
        tasks.complete(task, Map.of(VAR_RENEWAL, continueCircle ? RENEWAL_CONTINUE : RENEWAL_DISBAND));
    }

    @Transactional
    public void decideExtension(String taskId, String programManagerUsername, boolean approved, String reason) {
        CircleTasks.Open task = tasks.open(taskId, programManagerUsername, FORM_APPROVE_EXTENSION);
        String why = strip(reason);
        new RejectedInputException.Collector()
                .check(approved || why.length() >= 5, "reason", Sentence.of("circles.refusal.giveCircleReason"))
                .check(why.length() <= 1000, "reason", Sentence.of("circles.refusal.reasonTooLong"))
                .throwIfAny();
        records.lock(task.circleId());
        audit.record(programManagerUsername, "circle-extension-decided", "circle " + task.circleId() + ": "
                + (approved ? "approved" : "not approved: " + why));
        if (!approved) {
            Circle circle = records.circle(task.circleId());
            post.send(circle.getManagerAccountId(), CircleMails.extensionRefused(circle, why));
        }
        tasks.complete(task, Map.of(VAR_EXTENSION_APPROVED, approved));
    }

    @Transactional
    public void giveFeedback(String taskId, String username, Integer rating, String comment) {
        CircleTasks.Open task = tasks.open(taskId, username, FORM_FEEDBACK);
        String text = strip(comment);
        new RejectedInputException.Collector()
                .check(rating != null && rating >= 1 && rating <= 5, "rating", Sentence.of("circles.refusal.chooseRating"))
                .check(text.length() <= Circles.MAX_TEXT, "comment", Sentence.of("circles.refusal.commentTooLong", Circles.MAX_TEXT))
                .throwIfAny();
        renewals.feedback(task.circleId(), people.accountId(username), rating, text.isEmpty() ? null : text);
        tasks.complete(task);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
