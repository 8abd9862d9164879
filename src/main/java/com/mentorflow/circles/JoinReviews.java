package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.FORM_REVIEW_JOIN;
import static com.mentorflow.circles.CircleVariables.MEMBERSHIP_ID;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The circle manager's answer to a join request (the "Review join request" task), and what to know before it. */
@Service
public class JoinReviews {

    private final CircleRecords records;
    private final CircleTasks tasks;
    private final CircleAdvisorRules advisorRules;
    private final CirclePost post;
    private final AuditLog audit;
    private final Clock clock;

    JoinReviews(CircleRecords records, CircleTasks tasks, CircleAdvisorRules advisorRules, CirclePost post, AuditLog audit,
                Clock clock) {
        this.records = records;
        this.tasks = tasks;
        this.advisorRules = advisorRules;
        this.post = post;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the manager should know before approving this request, in English (tests, logs). */
    @Transactional(readOnly = true)
    public List<String> warningsFor(long membershipId) {
        return warningsFor(membershipId, Languages.ENGLISH);
    }

    /** What the manager should know before approving this request, in their language: each needs an explicit override. */
    @Transactional(readOnly = true)
    public List<String> warningsFor(long membershipId, Locale reader) {
        return advisorRules.warnings(records.membership(membershipId)).stream().map(w -> w.in(reader)).toList();
    }

    /** The request a "Review join request" task is about, for its form: the task carries it, the form gets it here. */
    @Transactional(readOnly = true)
    public CircleMembership request(String taskId) {
        return records.membership(tasks.variable(taskId, MEMBERSHIP_ID));
    }

    @Transactional
    public void decideJoinRequest(String taskId, String managerUsername, boolean approve, String declineReason, boolean override) {
        CircleTasks.Open task = tasks.open(taskId, managerUsername, FORM_REVIEW_JOIN);
        records.lock(task.circleId());
        Circle circle = records.circle(task.circleId());
        CircleMembership request = records.membership(tasks.variable(task.id(), MEMBERSHIP_ID));
        if (approve) {
            approve(task, circle, request, managerUsername, override);
        } else {
            decline(task, circle, request, declineReason == null ? "" : declineReason.strip());
        }
    }

    private void decline(CircleTasks.Open task, Circle circle, CircleMembership request, String why) {
        new RejectedInputException.Collector()
                .check(why.length() >= 5 && why.length() <= 1000, "reason", Sentence.of("circles.refusal.tellThemWhy"))
                .throwIfAny();
        request.decline(why, clock.instant());
        tasks.complete(task);
        post.send(request.getAccountId(), CircleMails.joinDeclined(circle, why));
    }

    private void approve(CircleTasks.Open task, Circle circle, CircleMembership request, String managerUsername,
                         boolean override) {
        if (circle.isFull(records.approved(circle.getId()).size())) {
            throw new RejectedInputException("size", Sentence.of("circles.refusal.fullDecline", circle.getMaxSize()));
        }
        List<Sentence> warnings = advisorRules.warnings(request);
        if (!warnings.isEmpty() && !override) {
            throw new RejectedInputException("override", Sentence.of("circles.refusal.approveAnyway", together(warnings)));
        }
        // Kept in English, as the audit log: the approvals overview shows the override as the manager was warned.
        String overridden = warnings.isEmpty() ? null : together(warnings).english();
        request.approve(overridden, clock.instant());
        if (!warnings.isEmpty()) {
            audit.record(managerUsername, "circle-rule-overridden", "circle " + circle.getId() + ": " + overridden,
                    List.of(request.getAccountId()));
        }
        tasks.complete(task);
        post.send(request.getAccountId(), CircleMails.welcome(circle, request.getRole()));
    }

    /** Sentences one after another, each in the reader's language. */
    private static Sentence together(List<Sentence> sentences) {
        return sentences.stream().reduce((first, next) -> Sentence.of("circles.warning.andThen", first, next)).orElseThrow();
    }
}
