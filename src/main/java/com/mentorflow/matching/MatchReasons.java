package com.mentorflow.matching;

import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import com.mentorflow.people.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Why a mentee and a mentor fit, written once when the request is sent and read by the mentor on the request. */
@Component
public class MatchReasons {

    private final MatchingWeights weights;
    private final Topics topics;
    private final MilitaryVisibility military;
    private final ParticipantDirectory directory;

    MatchReasons(MatchingWeights weights, Topics topics, MilitaryVisibility military, ParticipantDirectory directory) {
        this.weights = weights;
        this.topics = topics;
        this.military = military;
        this.directory = directory;
    }

    /** The score and reasons of one mentee–mentor pair, as the suggestions would rank it now. */
    Suggestion explain(ParticipantFacts mentee, ParticipantFacts mentor, Program program, Instant now) {
        // The reasons are the mentor's to read: a shared military background would reveal the mentee's.
        boolean menteeMilitaryShown = military.shownTo(mentor.accountId(), mentee);
        return SuggestionEngine.explainOne(new SuggestionEngine.Request(Mentee.of(mentee, now), program,
                weights.of(program), id -> 0, Set.of(), Set.of(), 1, mentorFacts -> menteeMilitaryShown),
                MentorCandidate.of(mentor, now), topics::spoken);
    }

    /**
     * The match reasons as the mentor reads them on the request: nothing of the mentee's military background unless
     * the mentee chose to show it or the two are matched (checked again now, the mentee may have changed their mind).
     */
    @Transactional(readOnly = true)
    public List<MatchReason> forMentor(MatchRequest request) {
        List<MatchReason> stored = MatchReason.read(request.getReasons());
        if (stored.isEmpty()) {
            return stored;
        }
        boolean shown = directory.find(request.getMenteeAccountId())
                .map(mentee -> military.shownTo(request.getMentorAccountId(), mentee)).orElse(false);
        return stored.stream().filter(reason -> shown || !reason.revealsMilitary()).toList();
    }
}
