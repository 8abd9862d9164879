package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking to join a circle. circle-eligibility.dmn is evaluated once, here, before anything is written: a refusal is
 * the sentence the person reads. Only an eligible person's request enters circle-lifecycle.bpmn, as a task for the
 * manager, answered through {@link JoinReviews}.
 */
@Service
public class JoinRequests {

    public static final int MAX_NOTE = 1000;

    private final CircleRecords records;
    private final CirclePeople people;
    private final CircleEngine engine;
    private final CirclePost post;
    private final Clock clock;

    JoinRequests(CircleRecords records, CirclePeople people, CircleEngine engine, CirclePost post, Clock clock) {
        this.records = records;
        this.people = people;
        this.engine = engine;
        this.post = post;
        this.clock = clock;
    }

    /** @return the new membership's id */
    @Transactional
    public long requestToJoin(String username, long circleId, Role role, String note) {
        ParticipantFacts person = people.eligible(username);
        records.lock(circleId);
        Circle circle = records.circle(circleId);
        String text = note == null ? "" : note.strip();
        new RejectedInputException.Collector()
                .check(role != null, "role", Sentence.of("circles.refusal.chooseRole"))
                .check(text.length() <= MAX_NOTE, "note", Sentence.of("circles.refusal.noteTooLong", MAX_NOTE))
                .throwIfAny();
        circle.getStatus().checkTakesPeople();
        if (records.current(circleId, person.accountId()).isPresent()) {
            throw new ConflictException(Sentence.of("circles.refusal.alreadyIn"));
        }
        if (circle.isFull(records.approved(circleId).size())) {
            throw new ConflictException(Sentence.of("circles.refusal.full", circle.getMaxSize()));
        }
        CircleMembership membership = records.save(
                new CircleMembership(circleId, person.accountId(), role, text.isEmpty() ? null : text, clock.instant()));
        engine.joinRequested(circleId, membership.getId(), person);
        post.send(circle.getManagerAccountId(), CircleMails.joinRequested(person.displayName(), circle, role, text));
        return membership.getId();
    }
}
