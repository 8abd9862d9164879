package com.mentorflow.matching;

import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mentorships for other modules (the journey): who the pair is, and how a mentorship ends. */
@Service
public class Mentorships {

    /** A mentorship's pair, with usernames for task assignment and names for people. */
    public record Pair(long mentorshipId, Program program, int lengthMonths, Mentorship.Status status, long menteeAccountId,
                       String menteeUsername, String menteeName, long mentorAccountId, String mentorUsername,
                       String mentorName) {

        public boolean includes(String username) {
            return username.equals(menteeUsername) || username.equals(mentorUsername);
        }

        public String partnerOf(String username) {
            return username.equals(menteeUsername) ? mentorName : menteeName;
        }
    }

    private final MentorshipRepository mentorships;
    private final AccountService accounts;
    private final Clock clock;

    Mentorships(MentorshipRepository mentorships, AccountService accounts, Clock clock) {
        this.mentorships = mentorships;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Pair pair(long mentorshipId) {
        Mentorship m = mentorships.findById(mentorshipId)
                .orElseThrow(() -> new RejectedInputException("mentorship", Sentence.of("matching.refusal.noSuchMentorship")));
        Account mentee = accounts.findById(m.getMenteeAccountId()).orElseThrow();
        Account mentor = accounts.findById(m.getMentorAccountId()).orElseThrow();
        return new Pair(m.getId(), m.getProgram(), m.getLengthMonths(), m.getStatus(), mentee.getId(), mentee.getUsername(),
                mentee.getDisplayName(), mentor.getId(), mentor.getUsername(), mentor.getDisplayName());
    }

    /** Every mentorship this person is or was in, either side, newest first. */
    @Transactional(readOnly = true)
    public java.util.List<Pair> involving(long accountId) {
        return mentorships.involving(accountId).stream().map(m -> pair(m.getId())).toList();
    }

    /** Who is in a mentorship, by the names people see. */
    public record Names(String menteeName, String mentorName) {
    }

    /** The names of each mentorship's pair, in two queries (the names are people's); the reader words the title. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Names> names(java.util.Collection<Long> mentorshipIds) {
        java.util.Map<Long, Names> pairNames = new java.util.HashMap<>();
        if (!mentorshipIds.isEmpty()) {
            java.util.List<Object[]> pairs = mentorships.pairs(mentorshipIds);
            java.util.Map<Long, String> names = accounts.displayNames(pairs.stream()
                    .flatMap(row -> java.util.stream.Stream.of((Long) row[1], (Long) row[2])).toList());
            for (Object[] row : pairs) {
                pairNames.put((Long) row[0], new Names(names.get((Long) row[1]), names.get((Long) row[2])));
            }
        }
        return pairNames;
    }

    /**
     * Called by the journey when a meeting is logged: keeps when the pair last met and how many meetings in a
     * row were missed on the mentorship, which is what the program managers' attention list reads.
     */
    @Transactional
    public void meetingLogged(long mentorshipId, boolean held, java.time.Instant at) {
        mentorships.recordMeeting(mentorshipId, held, at);
    }

    /** Called by the journey at its end. */
    @Transactional
    public void complete(long mentorshipId) {
        active(mentorshipId).end(Mentorship.Status.COMPLETED, "completed", clock.instant());
    }

    /** Called by the journey when either side (or a program manager) ends it early. */
    @Transactional
    public void endEarly(long mentorshipId, String reason) {
        active(mentorshipId).end(Mentorship.Status.ENDED_EARLY, reason, clock.instant());
    }

    private Mentorship active(long mentorshipId) {
        Mentorship m = mentorships.findById(mentorshipId).orElseThrow();
        if (m.getStatus() != Mentorship.Status.ACTIVE) {
            throw new ConflictException(Sentence.of("matching.refusal.mentorshipEnded"));
        }
        return m;
    }
}
