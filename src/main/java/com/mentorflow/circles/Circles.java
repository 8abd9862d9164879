package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.FORM_PUBLISH;

import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A circle from proposal to publishing. Who joins is {@link JoinRequests} and {@link JoinReviews}, who is in it
 * {@link CircleMemberships}, its meetings {@link CircleMeetings}, its renewal {@link CircleRenewals}; cancelling and
 * hand-overs are {@link CircleManagement}, and what circle-lifecycle.bpmn does by itself is {@link CircleSteps}.
 */
@Service
public class Circles {

    public static final int MIN_SIZE = 3;
    public static final int MAX_SIZE = 10;
    public static final int RECOMMENDED_ADVISORS = 2;
    public static final int MAX_NAME = 80;
    public static final int MAX_TEXT = 2000;
    /** Languages a circle can meet in (ISO 639-1). */
    public static final Map<String, String> LANGUAGES = languages();

    private final CircleRecords records;
    private final CircleProposalRules rules;
    private final CircleTasks tasks;
    private final CircleEngine engine;
    private final AuditLog audit;
    private final Clock clock;

    Circles(CircleRecords records, CircleProposalRules rules, CircleTasks tasks, CircleEngine engine, AuditLog audit,
            Clock clock) {
        this.records = records;
        this.rules = rules;
        this.tasks = tasks;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** The proposer becomes the circle's manager and its first member, in the role they chose. */
    @Transactional
    public long propose(String username, CircleProposal proposal) {
        ParticipantFacts proposer = rules.check(username, proposal);
        Circle circle = records.save(new Circle(proposal, proposer.accountId(), clock.instant()));
        records.save(CircleMembership.founder(circle.getId(), proposer.accountId(), proposal.proposerRole(), clock.instant()));
        audit.record(username, "circle-proposed", "circle " + circle.getId() + ": " + circle.getName());
        engine.proposed(circle.getId());
        return circle.getId();
    }

    /** The manager publishes the circle, which starts its first six-month term; it needs three people. */
    @Transactional
    public void publish(String taskId, String managerUsername) {
        CircleTasks.Open task = tasks.open(taskId, managerUsername, FORM_PUBLISH);
        records.lock(task.circleId());
        int people = records.approved(task.circleId()).size();
        if (people < MIN_SIZE) {
            throw new RejectedInputException("size", Sentence.of("circles.refusal.tooFewToStart", MIN_SIZE, people));
        }
        tasks.complete(task);
    }

    @Transactional(readOnly = true)
    public Circle circle(long circleId) {
        return records.circle(circleId);
    }

    private static Map<String, String> languages() {
        Map<String, String> languages = new LinkedHashMap<>();
        for (String code : List.of("en", "es", "de", "fr", "pt", "it", "nl", "pl", "hi", "ja", "zh", "ko", "ar")) {
            languages.put(code, Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
        }
        return Collections.unmodifiableMap(languages);
    }
}
