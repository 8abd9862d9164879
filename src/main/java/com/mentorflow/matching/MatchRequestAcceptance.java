package com.mentorflow.matching;

import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The step "Create mentorship" of match-request.bpmn: the mentorship starts if the mentor still has room, the mentee's
 * other requests in that program are withdrawn, both people are told and the journey starts ({@link MentorshipStarted}).
 */
@Component
class MatchRequestAcceptance {

    static final String REASON_HAS_MENTOR = "the mentee already has a mentor in this program";

    private final MatchRequestRecords records;
    private final MentorshipRepository mentorships;
    private final ParticipantDirectory directory;
    private final MatchRequestSteps steps;
    private final MatchRequestEngine engine;
    private final MatchRequestPost post;
    private final ApplicationEventPublisher events;

    MatchRequestAcceptance(MatchRequestRecords records, MentorshipRepository mentorships, ParticipantDirectory directory,
                           MatchRequestSteps steps, MatchRequestEngine engine, MatchRequestPost post,
                           ApplicationEventPublisher events) {
        this.records = records;
        this.mentorships = mentorships;
        this.directory = directory;
        this.steps = steps;
        this.engine = engine;
        this.post = post;
        this.events = events;
    }

    /**
     * Creates the mentorship if the mentor still has room, atomically: both people are locked for the rest
     * of the transaction, so of two acceptances for the last place exactly one wins.
     *
     * @return the mentorship id, or null when the mentor is full (the request is then declined)
     */
    @Transactional
    Long accept(long requestId) {
        // Lock first, read after: a request read before the lock may have been closed by the acceptance that held
        // it (the mentee matched elsewhere); read after, it says so and this acceptance ends as a conflict.
        records.lockPairOf(requestId);
        MatchRequest request = records.open(requestId);
        ParticipantFacts mentor = directory.find(request.getMentorAccountId()).orElseThrow();
        if (mentorships.countByMentorAccountIdAndStatus(mentor.accountId(), Mentorship.Status.ACTIVE) >= mentor.mentorCapacity()) {
            steps.decline(requestId, MatchRequests.REASON_MENTOR_FULL, null);
            return null;
        }
        if (mentorships.existsByMenteeAccountIdAndProgramAndStatus(request.getMenteeAccountId(), request.getProgram(),
                Mentorship.Status.ACTIVE)) {
            steps.decline(requestId, REASON_HAS_MENTOR, null);
            return null;
        }
        request.accept(records.now());
        records.save(request, "accepted by " + mentor.displayName());
        Mentorship mentorship = mentorships.saveAndFlush(new Mentorship(request, records.now()));
        for (MatchRequest other : records.openOf(request.getMenteeAccountId())) {
            if (!other.getId().equals(request.getId()) && other.getProgram() == request.getProgram()) {
                engine.withdraw(other, MatchRequests.REASON_MATCHED_ELSEWHERE);
            }
        }
        post.send(request.getMenteeAccountId(), MatchRequestMails.yourMentor(mentor.displayName(), request.getProgram()));
        post.send(request.getMentorAccountId(), MatchRequestMails.yourMentee(post.name(request.getMenteeAccountId())));
        events.publishEvent(new MentorshipStarted(mentorship.getId(), request.getMenteeAccountId(),
                request.getMentorAccountId(), request.getProgram(), request.getLengthMonths()));
        return mentorship.getId();
    }
}
