package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.*;

import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.ProfileService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a mentee does with a match request: send it (which starts its process) and take it back. The mentor's and the
 * program manager's answers are {@link MatchRequestAnswers}; the process's steps {@link MatchRequestSteps} and
 * {@link MatchRequestAcceptance}; "My requests" reads {@link MyMatchRequests} and {@link MatchRequestTimeline}.
 */
@Service
public class MatchRequests {

    public static final int MAX_OPEN_REQUESTS = 3;
    public static final int MIN_NOTE = 20;
    public static final int MAX_NOTE = 1000;
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 12;
    static final String REASON_MENTOR_FULL = "mentor reached capacity";
    static final String REASON_WITHDRAWN = "withdrawn by the mentee";
    static final String REASON_MATCHED_ELSEWHERE = "the mentee was matched with another mentor";

    private final MatchRequestRecords records;
    private final MentorshipRepository mentorships;
    private final ParticipantDirectory directory;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final MatchReasons reasons;
    private final MatchRequestEngine engine;

    MatchRequests(MatchRequestRecords records, MentorshipRepository mentorships, ParticipantDirectory directory,
                  AccountService accounts, ProfileService profiles, MatchReasons reasons, MatchRequestEngine engine) {
        this.records = records;
        this.mentorships = mentorships;
        this.directory = directory;
        this.accounts = accounts;
        this.profiles = profiles;
        this.reasons = reasons;
        this.engine = engine;
    }

    /** A request for a full year (the new-hire program's length, and open mentoring's default). */
    @Transactional
    public long send(String menteeUsername, long mentorAccountId, Program program, String note) {
        return send(menteeUsername, mentorAccountId, program, note, MAX_LENGTH);
    }

    /**
     * @param lengthMonths how long the mentorship runs; open mentoring 3–12 months as the pair agrees (the mentor
     *                     agrees by accepting), the new-hire program always 12
     * @return the new request's id; its process is started in the same transaction
     */
    @Transactional
    public long send(String menteeUsername, long mentorAccountId, Program program, String note, Integer lengthMonths) {
        profiles.requireReadyToTakePart(menteeUsername);
        ParticipantFacts mentee = directory.findByUsername(menteeUsername).filter(ParticipantFacts::active)
                .orElseThrow(() -> new NotPermittedException(Sentence.of("matching.refusal.noParticipantAccount")));
        records.lockPeople(mentee.accountId(), mentorAccountId);
        ParticipantFacts mentor = directory.find(mentorAccountId).orElse(null);
        String text = note == null ? "" : note.strip();
        new RejectedInputException.Collector()
                .check(program != null && program.isOneToOne(), "program", Sentence.of("matching.refusal.chooseProgram"))
                .check(text.length() >= MIN_NOTE, "note",
                        Sentence.of("matching.refusal.noteTooShort", MIN_NOTE))
                .check(text.length() <= MAX_NOTE, "note", Sentence.of("matching.refusal.noteTooLong", MAX_NOTE))
                .check(lengthMonths != null && lengthMonths >= MIN_LENGTH && lengthMonths <= MAX_LENGTH, "lengthMonths",
                        Sentence.of("matching.refusal.lengthRange", MIN_LENGTH, MAX_LENGTH))
                .check(program != Program.NEW_HIRE || lengthMonths == null || lengthMonths == MAX_LENGTH, "lengthMonths",
                        Sentence.of("matching.refusal.newHireYear"))
                .throwIfAny();
        new RejectedInputException.Collector()
                .check(mentor != null, "mentor", Sentence.of("matching.refusal.noSuchMentor"))
                .check(mentee.accountId() != mentorAccountId, "mentor", Sentence.of("matching.refusal.notYourself"))
                .throwIfAny();
        pairChecks(mentee, mentor, program).throwIfAny();

        Instant now = records.now();
        Suggestion explained = reasons.explain(mentee, mentor, program, now);
        MatchRequest request = new MatchRequest(mentee.accountId(), mentorAccountId, program, text, lengthMonths,
                explained.score(), MatchReason.stored(explained.reasons()), now);
        return open(request, mentee, mentor, "sent by " + mentee.displayName(), null);
    }

    /**
     * Whether this mentee may ask this mentor in this program now; shared by a mentee's request and a cohort's proposal.
     * The caller throws the collected refusals ({@code throwIfAny}) or, publishing a cohort, records them as a skip.
     */
    RejectedInputException.Collector pairChecks(ParticipantFacts mentee, ParticipantFacts mentor, Program program) {
        long mentorAccountId = mentor.accountId();
        return new RejectedInputException.Collector()
                .check(mentee.wantsMentee() && mentee.programs().contains(program), "program",
                        Sentence.of("matching.refusal.notLookingIn", program.spokenName()))
                .check(mentor.active() && mentor.wantsMentor() && mentor.acceptingRequests() && mentor.programs().contains(program),
                        "mentor", Sentence.of("matching.refusal.mentorNotAccepting", mentor.displayName(), program.spokenName()))
                .check(!records.openBetween(mentee.accountId(), mentorAccountId), "mentor",
                        Sentence.of("matching.refusal.openRequestWith", mentor.displayName()))
                .check(records.openCount(mentee.accountId()) < MAX_OPEN_REQUESTS,
                        "mentor", Sentence.of("matching.refusal.tooManyOpen", MAX_OPEN_REQUESTS))
                .check(!mentorships.existsByMenteeAccountIdAndProgramAndStatus(mentee.accountId(), program,
                        Mentorship.Status.ACTIVE), "program", Sentence.of("matching.refusal.hasMentorIn", program.spokenName()));
    }

    /**
     * Saves a new request and starts its process (match-request.bpmn) in this transaction; shared by a mentee's request
     * and a cohort's proposal, after their checks.
     *
     * @param sentBy     what the request's timeline says about who sent it
     * @param proposedBy the program manager whose cohort proposes the pair, or null when the mentee asks
     */
    long open(MatchRequest unsaved, ParticipantFacts mentee, ParticipantFacts mentor, String sentBy, String proposedBy) {
        MatchRequest request = records.save(unsaved);
        records.note(request, sentBy);
        Program program = request.getProgram();
        long mentorAccountId = mentor.accountId();
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_REQUEST_ID, request.getId());
        variables.put(VAR_MENTEE, accounts.findById(mentee.accountId()).orElseThrow().getUsername());
        variables.put(VAR_MENTOR, accounts.findById(mentorAccountId).orElseThrow().getUsername());
        variables.put(VAR_PROGRAM, program.name());
        variables.put(VAR_SAME_SITE, mentor.site() != null && mentor.site().equalsIgnoreCase(String.valueOf(mentee.site())));
        variables.put(VAR_LEVEL_GAP, mentor.level() == null || mentee.level() == null ? null : mentor.level() - mentee.level());
        variables.put(VAR_MENTOR_AT_CAPACITY,
                mentorships.countByMentorAccountIdAndStatus(mentorAccountId, Mentorship.Status.ACTIVE) >= mentor.mentorCapacity());
        // The program manager reviewed a cohort's pair before publishing it: match-approval.dmn does not ask again.
        variables.put(VAR_PROPOSED_BY_COHORT, proposedBy != null);
        if (proposedBy != null) {
            MatchRequestVariables.PROPOSED_BY.putInto(variables, proposedBy);
        }
        engine.start(request, variables);
        return request.getId();
    }

    /** The mentee takes their request back; the process ends it and the mentor's task disappears. */
    @Transactional
    public void withdraw(String menteeUsername, long requestId) {
        MatchRequest request = records.find(requestId)
                .orElseThrow(() -> new RejectedInputException("request", Sentence.of("matching.refusal.noSuchRequest")));
        Account mentee = accounts.findByUsername(menteeUsername).orElseThrow();
        if (request.getMenteeAccountId() != mentee.getId()) {
            throw new NotPermittedException(Sentence.of("matching.refusal.onlyMenteeWithdraws"));
        }
        request.requireWithdrawable();
        engine.withdraw(request, REASON_WITHDRAWN);
    }

    @Transactional(readOnly = true)
    public MatchRequest get(long requestId) {
        return records.find(requestId).orElseThrow(() -> new RejectedInputException("request", Sentence.of("matching.refusal.noSuchRequest")));
    }
}
