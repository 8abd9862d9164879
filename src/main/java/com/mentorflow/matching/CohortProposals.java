package com.mentorflow.matching;

import com.mentorflow.matching.MatchRequestAcceptance.Outcome;
import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import com.mentorflow.platform.RejectedInputException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What publishing a cohort makes of one pair, for the cohort package: a mentorship at once (as an accepted request
 * does: the same "create a mentorship" step, the mentee's other requests withdrawn, the journey started) or a match
 * request from the program manager to the mentor (the usual match-request.bpmn, reminders and expiry included). A pair
 * the checks refuse now (the mentor is full, the mentee has a mentor or is no longer looking) is not an error: it comes
 * back as skipped with its reason, and nothing of it is written, so the caller's batch goes on.
 */
@Service
public class CohortProposals {

    /** A cohort request's note, where a mentee's request has the mentee's own words (the mentor's mail says more). */
    public static final String NOTE = "Proposed by cohort matching";

    /**
     * @param requestId     the match request (for a mentorship at once: the accepted request it starts from), or null
     * @param mentorshipId  the mentorship started at once, or null
     * @param skippedReason why the pair was not published (English, for the audit), or null
     */
    public record Proposal(Long requestId, Long mentorshipId, String skippedReason) {

        public boolean skipped() {
            return skippedReason != null;
        }
    }

    /** The program manager whose cohort proposes the pairs: requests come from them, mails name them. */
    public record Proposer(String username, String name) {
    }

    private final MatchRequestRecords records;
    private final MatchRequests requests;
    private final MatchRequestAcceptance acceptance;
    private final ParticipantDirectory directory;
    private final MatchRequestPost post;

    CohortProposals(MatchRequestRecords records, MatchRequests requests, MatchRequestAcceptance acceptance,
                    ParticipantDirectory directory, MatchRequestPost post) {
        this.records = records;
        this.requests = requests;
        this.acceptance = acceptance;
        this.directory = directory;
        this.post = post;
    }

    /** Looked up once for a whole batch of pairs (it was a query a pair). */
    public Proposer proposer(String manager) {
        return new Proposer(manager, post.nameOf(manager));
    }

    /** The mentorship starts now; both are told (the mentee's and the mentor's own mail, from their program manager). */
    @Transactional
    public Proposal startMentorship(long menteeAccountId, long mentorAccountId, Program program, double score,
                                    List<MatchReason> reasons, Proposer manager) {
        Check check = lockAndCheck(menteeAccountId, mentorAccountId, program);
        if (check.refusal() != null) {
            return new Proposal(null, null, check.refusal());
        }
        String managerName = manager.name();
        MatchRequest request = records.save(unsaved(menteeAccountId, mentorAccountId, program, score, reasons));
        records.note(request, "proposed by cohort matching (" + managerName + ")");
        // The people are locked and lockAndCheck asked acceptance.blocked just now.
        Outcome outcome = acceptance.startChecked(request, "mentorship started at once by cohort matching");
        acceptance.withdrawOtherRequests(request.getId());
        acceptance.startJourney(outcome.mentorshipId());
        post.send(menteeAccountId, program, CohortMails.yourMentor(check.mentor().displayName(), managerName, program));
        post.send(mentorAccountId, program, CohortMails.yourMentee(check.mentee().displayName(), managerName, program));
        return new Proposal(request.getId(), outcome.mentorshipId(), null);
    }

    /** A match request to the mentor; the mentee is told who was asked (the mentor's mail is the request's own). */
    @Transactional
    public Proposal askMentor(long menteeAccountId, long mentorAccountId, Program program, double score,
                              List<MatchReason> reasons, Proposer manager) {
        Check check = lockAndCheck(menteeAccountId, mentorAccountId, program);
        if (check.refusal() != null) {
            return new Proposal(null, null, check.refusal());
        }
        String managerName = manager.name();
        long requestId = requests.open(unsaved(menteeAccountId, mentorAccountId, program, score, reasons), check.mentee(),
                check.mentor(), "proposed by cohort matching (" + managerName + ")", manager.username());
        post.send(menteeAccountId, program, CohortMails.mentorAsked(check.mentor().displayName(), managerName, program));
        return new Proposal(requestId, null, null);
    }

    /** Tells the program manager who submitted the run how publishing went. */
    @Transactional
    public void tellManager(String manager, long runId, Program program, int published, int skipped) {
        post.accountOf(manager).ifPresent(accountId ->
                post.send(accountId, program, CohortMails.published(runId, program, published, skipped)));
    }

    /** Both people as the directory has them now, or why the pair cannot be published (the first reason found). */
    private record Check(ParticipantFacts mentee, ParticipantFacts mentor, String refusal) {
    }

    /** Locks both people until the caller's transaction ends, so no other request or batch changes them meanwhile. */
    private Check lockAndCheck(long menteeAccountId, long mentorAccountId, Program program) {
        records.lockPeople(menteeAccountId, mentorAccountId);
        Optional<ParticipantFacts> mentee = directory.find(menteeAccountId).filter(ParticipantFacts::active);
        Optional<ParticipantFacts> mentor = directory.find(mentorAccountId);
        if (mentee.isEmpty() || mentor.isEmpty()) {
            return new Check(null, null, mentee.isEmpty() ? "the mentee left" : "the mentor left");
        }
        Outcome blocked = acceptance.blocked(menteeAccountId, mentor.get(), program);
        if (blocked != null) {
            return new Check(null, null, blocked.reason());
        }
        try {
            // A refusal is collected, not thrown through a transactional call, so this batch's transaction stays good.
            requests.pairChecks(mentee.get(), mentor.get(), program).throwIfAny();
        } catch (RejectedInputException refused) {
            return new Check(null, null, String.join("; ", refused.problems().values()));
        }
        return new Check(mentee.get(), mentor.get(), null);
    }

    private MatchRequest unsaved(long menteeAccountId, long mentorAccountId, Program program, double score,
                                 List<MatchReason> reasons) {
        return new MatchRequest(menteeAccountId, mentorAccountId, program, NOTE, MatchRequests.MAX_LENGTH,
                (int) Math.round(score), MatchReason.stored(reasons), records.now());
    }
}
