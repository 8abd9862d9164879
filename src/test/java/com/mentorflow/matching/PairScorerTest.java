package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.people.Program;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A pair scores and filters in cohort matching exactly as on the mentee's suggestion list: one path. */
class PairScorerTest {

    private static final Map<MatchingCriterion, Integer> WEIGHTS = MatchingWeights.DEFAULTS.get(Program.NEW_HIRE);

    @Test
    void sameMentorsPassAndSameScoresAsTheSuggestions() {
        Mentee mentee = Facts.mentee().veteran("Army", 2020).asMentee();
        Facts sameSite = Facts.mentor(1);
        sameSite.site = "Austin";
        Facts tooJunior = Facts.mentor(2);
        tooJunior.level = 4;
        Facts full = Facts.mentor(3);
        Facts veteran = Facts.mentor(4).veteran("Army", 2010);
        Facts farAway = Facts.mentor(5);
        farAway.timeZone = "Asia/Tokyo";
        farAway.strengths = Set.of(1, 3);
        List<MentorCandidate> mentors = List.of(sameSite.candidate(), tooJunior.candidate(), full.candidate(),
                veteran.candidate(), farAway.candidate());
        PairScorer scorer = PairScorer.of(Program.NEW_HIRE, WEIGHTS);

        List<Suggestion> suggested = SuggestionEngine.rank(new SuggestionEngine.Request(mentee, Program.NEW_HIRE, WEIGHTS,
                id -> 0, Set.of(), Set.of(), 10), mentors, Facts::topicName);

        assertThat(suggested.stream().map(Suggestion::mentorAccountId).collect(Collectors.toSet()))
                .isEqualTo(mentors.stream().filter(mentor -> scorer.whyExcluded(mentee, mentor, Set.of()) == null)
                        .map(MentorCandidate::accountId).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(3L, 4L, 5L);
        Map<Long, MentorCandidate> byId = mentors.stream().collect(Collectors.toMap(MentorCandidate::accountId, m -> m));
        suggested.forEach(suggestion -> assertThat(Math.round(scorer.score(mentee, byId.get(suggestion.mentorAccountId()))))
                .isEqualTo(suggestion.score()));
    }
}
