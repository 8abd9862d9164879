package com.mentorflow.matching;

import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.platform.ProgramCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What match-request.bpmn does by itself, through {@link MatchRequestDelegates}: ask for approval, open the request for
 * the mentor, remind, and close it (rejected, expired, withdrawn, declined, declined as the mentor is full). Acceptance is
 * {@link MatchRequestAcceptance}.
 * Each step refuses a request that is closed already (see {@link MatchRequest#requireOpen()}).
 */
@Component
class MatchRequestSteps {

    private final MatchRequestRecords records;
    private final MatchRequestPost post;
    private final ParticipantDirectory directory;
    private final ProgramCalendar calendar;

    MatchRequestSteps(MatchRequestRecords records, MatchRequestPost post, ParticipantDirectory directory,
                      ProgramCalendar calendar) {
        this.records = records;
        this.post = post;
        this.directory = directory;
        this.calendar = calendar;
    }

    @Transactional
    void requireApproval(long requestId, String why) {
        MatchRequest request = records.find(requestId).orElseThrow();
        request.needsApproval(why, records.now());
        records.save(request, "a program manager must approve: " + why);
        ParticipantFacts mentee = directory.find(request.getMenteeAccountId()).orElseThrow();
        ParticipantFacts mentor = directory.find(request.getMentorAccountId()).orElseThrow();
        post.toProgramManagers(request.getProgram(), MatchRequestMails.approvalNeeded(mentee.displayName(),
                mentor.displayName(), request.getProgram(), why));
    }

    @Transactional
    void reject(long requestId, String reason) {
        MatchRequest request = records.find(requestId).orElseThrow();
        request.reject(reason, records.now());
        records.save(request, "not approved: " + reason);
        post.send(request.getMenteeAccountId(), request.getProgram(),
                MatchRequestMails.notApproved(post.name(request.getMentorAccountId()), reason));
    }

    /** @param proposedBy the program manager whose cohort proposed the pair (the mentor's mail says so), or null */
    @Transactional
    void openForReview(long requestId, String proposedBy) {
        MatchRequest request = records.find(requestId).orElseThrow();
        request.openForReview(records.now().plus(calendar.requestExpiry()), records.now());
        records.save(request, "waiting for the mentor");
        String mentee = post.name(request.getMenteeAccountId());
        post.send(request.getMentorAccountId(), request.getProgram(), proposedBy == null
                ? MatchRequestMails.askedToMentor(mentee, request.getNote())
                : CohortMails.proposedToMentor(mentee, post.nameOf(proposedBy), request.getProgram()));
    }

    @Transactional
    void remindMentor(long requestId) {
        MatchRequest request = records.open(requestId);
        records.note(request, "reminder sent to the mentor");
        post.send(request.getMentorAccountId(), request.getProgram(),
                MatchRequestMails.reminder(post.name(request.getMenteeAccountId()),
                        post.dateTimeFor(request.getMentorAccountId(), request.getExpiresAt())));
    }

    @Transactional
    void expire(long requestId) {
        MatchRequest request = records.find(requestId).orElseThrow();
        request.expire(records.now());
        records.save(request, "the mentor did not answer in time");
        post.send(request.getMenteeAccountId(), request.getProgram(),
                MatchRequestMails.expired(post.name(request.getMentorAccountId())));
    }

    @Transactional
    void markWithdrawn(long requestId, String reason) {
        MatchRequest request = records.find(requestId).orElseThrow();
        request.withdraw(reason, records.now());
        records.save(request, reason);
        post.send(request.getMentorAccountId(), request.getProgram(),
                MatchRequestMails.withdrawn(post.name(request.getMenteeAccountId()), reason));
    }

    @Transactional
    void decline(long requestId, String reason, String text) {
        MatchRequest request = records.find(requestId).orElseThrow();
        request.decline(reason, text, records.now());
        records.save(request, "declined: " + reason);
        post.send(request.getMenteeAccountId(), request.getProgram(),
                MatchRequestMails.declined(post.name(request.getMentorAccountId()), reason, text));
    }

    /** "Decline: mentor is full": the mentor accepted, but another acceptance took the last place first. */
    @Transactional
    void declineMentorFull(long requestId) {
        MatchRequest request = records.find(requestId).orElseThrow();
        request.decline(MatchRequests.REASON_MENTOR_FULL, null, records.now());
        records.save(request, "declined: " + MatchRequests.REASON_MENTOR_FULL);
    }

    @Transactional
    void tellMenteeMentorFull(long requestId) {
        MatchRequest request = records.find(requestId).orElseThrow();
        post.send(request.getMenteeAccountId(), request.getProgram(),
                MatchRequestMails.mentorFull(post.name(request.getMentorAccountId())));
    }
}
