package com.mentorflow.matching;

import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Ranked, explained mentor suggestions for the signed-in mentee, and the bookmarks that bring mentors back to the top
 * of them: the one path for the view and REST. What a ranking weighs besides the candidates is {@link RankingRequests}.
 */
@Service
public class MentorSuggestions {

    public static final int MAX_LIMIT = 50;

    private final ParticipantDirectory directory;
    private final MentorPool pool;
    private final RankingRequests rankings;
    private final Bookmarks bookmarks;
    private final Topics topics;

    MentorSuggestions(ParticipantDirectory directory, MentorPool pool, RankingRequests rankings, Bookmarks bookmarks,
                      Topics topics) {
        this.directory = directory;
        this.pool = pool;
        this.rankings = rankings;
        this.bookmarks = bookmarks;
        this.topics = topics;
    }

    /**
     * @throws RejectedInputException when the person is no mentee in that program, or the limit is off
     */
    public List<Suggestion> forMentee(String username, Program program, int limit) {
        ParticipantFacts mentee = mentee(username);
        new RejectedInputException.Collector()
                .check(program != null && program.isOneToOne(), "program", Sentence.of("matching.refusal.chooseProgram"))
                .check(limit >= 1 && limit <= MAX_LIMIT, "limit", Sentence.of("matching.refusal.suggestionLimit", MAX_LIMIT))
                .throwIfAny();
        new RejectedInputException.Collector()
                .check(mentee.wantsMentee(), "profile", Sentence.of("matching.refusal.notLooking"))
                .check(mentee.programs().contains(program), "program",
                        Sentence.of("matching.refusal.notJoined", program.spokenName()))
                .throwIfAny();
        return SuggestionEngine.rank(rankings.of(mentee, program, limit), pool.all(), topics::spoken);
    }

    /** The programs this person can ask suggestions for. */
    public List<Program> programsOf(String username) {
        ParticipantFacts mentee = mentee(username);
        return mentee.wantsMentee() ? mentee.programs().stream().filter(Program::isOneToOne).sorted().toList() : List.of();
    }

    public void bookmark(String username, long mentorAccountId, boolean bookmarked) {
        ParticipantFacts mentee = mentee(username);
        ParticipantFacts mentor = directory.find(mentorAccountId)
                .filter(facts -> facts.wantsMentor() && facts.active())
                .orElseThrow(() -> new RejectedInputException("mentor", Sentence.of("matching.refusal.noActiveMentor")));
        new RejectedInputException.Collector()
                .check(mentor.accountId() != mentee.accountId(), "mentor", Sentence.of("matching.refusal.bookmarkYourself"))
                .throwIfAny();
        bookmarks.set(mentee.accountId(), mentor.accountId(), bookmarked);
    }

    private ParticipantFacts mentee(String username) {
        return directory.findByUsername(username).filter(ParticipantFacts::active)
                .orElseThrow(() -> new NotPermittedException(Sentence.of("matching.refusal.noParticipantAccount")));
    }
}
