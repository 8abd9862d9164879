package com.mentorflow.matching;

import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of match-request.bpmn after the mentor accepts: "Create mentorship" (if the mentor still has room),
 * "Withdraw the mentee's other requests", "Tell both people" and "Mentorship journey starts" ({@link MentorshipStarted}).
 * The engine runs them in the transaction of the acceptance, so the locks taken in the first hold until the last.
 */
@Component
class MatchRequestAcceptance {

    static final String REASON_HAS_MENTOR = "the mentee already has a mentor in this program";

    /** How "Create mentorship" ended; the model's gateway "Mentorship can start?" branches on it. */
    enum Start { STARTED, MENTOR_FULL, MENTEE_HAS_MENTOR }

    /**
     * @param mentorshipId the new mentorship, when it started
     * @param reason       why it did not start (the mentee reads it), else null
     */
    record Outcome(Start start, Long mentorshipId, String reason) {
    }

    private final MatchRequestRecords records;
    private final MentorshipRepository mentorships;
    private final ParticipantDirectory directory;
    private final MatchRequestEngine engine;
    private final MatchRequestPost post;
    private final ApplicationEventPublisher events;

    MatchRequestAcceptance(MatchRequestRecords records, MentorshipRepository mentorships, ParticipantDirectory directory,
                           MatchRequestEngine engine, MatchRequestPost post, ApplicationEventPublisher events) {
        this.records = records;
        this.mentorships = mentorships;
        this.directory = directory;
        this.engine = engine;
        this.post = post;
        this.events = events;
    }

    /**
     * Creates the mentorship if the mentor still has room, atomically: both people are locked for the rest
     * of the transaction, so of two acceptances for the last place exactly one wins. When it cannot start, the request
     * is left open for the model's decline step.
     */
    @Transactional
    Outcome createMentorship(long requestId) {
        // Lock first, read after: a request read before the lock may have been closed by the acceptance that held
        // it (the mentee matched elsewhere); read after, it says so and this acceptance ends as a conflict.
        records.lockPairOf(requestId);
        MatchRequest request = records.open(requestId);
        return start(request, "accepted by " + directory.find(request.getMentorAccountId()).orElseThrow().displayName());
    }

    /**
     * The one way a mentorship starts, for an accepted request and for a cohort pair started at once: the caller has
     * locked both people ({@link MatchRequestRecords#lockPeople}) and holds the locks until its transaction ends.
     * When it cannot start, the request is left open.
     *
     * @param detail what the request's timeline says happened
     */
    @Transactional
    Outcome start(MatchRequest request, String detail) {
        Outcome blocked = blocked(request.getMenteeAccountId(), request.getMentorAccountId(), request.getProgram());
        if (blocked != null) {
            return blocked;
        }
        return startChecked(request, detail);
    }

    /**
     * {@link #start} for a caller that has just asked {@link #blocked} itself while holding both people's locks (a
     * cohort's pair): the answer cannot have changed, and asking twice was a tenth of publishing a cohort.
     */
    @Transactional
    Outcome startChecked(MatchRequest request, String detail) {
        request.accept(records.now());
        records.save(request, detail);
        Mentorship mentorship = mentorships.saveAndFlush(new Mentorship(request, records.now()));
        return new Outcome(Start.STARTED, mentorship.getId(), null);
    }

    /** Why a mentorship between these two cannot start now (the mentor is full, the mentee has a mentor), or null. */
    Outcome blocked(long menteeAccountId, long mentorAccountId, Program program) {
        return blocked(menteeAccountId, directory.find(mentorAccountId).orElseThrow(), program);
    }

    /** {@link #blocked(long, long, Program)} for a caller that has the mentor's facts already. */
    Outcome blocked(long menteeAccountId, ParticipantFacts mentor, Program program) {
        long mentorAccountId = mentor.accountId();
        if (mentorships.countByMentorAccountIdAndStatus(mentorAccountId, Mentorship.Status.ACTIVE) >= mentor.mentorCapacity()) {
            return new Outcome(Start.MENTOR_FULL, null, MatchRequests.REASON_MENTOR_FULL);
        }
        if (mentorships.existsByMenteeAccountIdAndProgramAndStatus(menteeAccountId, program, Mentorship.Status.ACTIVE)) {
            return new Outcome(Start.MENTEE_HAS_MENTOR, null, REASON_HAS_MENTOR);
        }
        return null;
    }

    /** One mentor per mentee and program: the mentee's other open requests in it end through their own processes. */
    @Transactional
    void withdrawOtherRequests(long requestId) {
        MatchRequest request = records.find(requestId).orElseThrow();
        for (MatchRequest other : records.openOf(request.getMenteeAccountId())) {
            if (!other.getId().equals(request.getId()) && other.getProgram() == request.getProgram()) {
                engine.withdraw(other, MatchRequests.REASON_MATCHED_ELSEWHERE);
            }
        }
    }

    @Transactional
    void tellBoth(long requestId) {
        MatchRequest request = records.find(requestId).orElseThrow();
        post.send(request.getMenteeAccountId(), request.getProgram(),
                MatchRequestMails.yourMentor(post.name(request.getMentorAccountId()), request.getProgram()));
        post.send(request.getMentorAccountId(), request.getProgram(),
                MatchRequestMails.yourMentee(post.name(request.getMenteeAccountId())));
    }

    /** The journey module starts the mentorship's journey on this event, in this transaction. */
    @Transactional
    void startJourney(long mentorshipId) {
        Mentorship mentorship = mentorships.findById(mentorshipId).orElseThrow();
        events.publishEvent(new MentorshipStarted(mentorship.getId(), mentorship.getMenteeAccountId(),
                mentorship.getMentorAccountId(), mentorship.getProgram(), mentorship.getLengthMonths()));
    }
}
