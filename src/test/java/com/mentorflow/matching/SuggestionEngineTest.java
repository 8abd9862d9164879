package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.people.Program;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestionEngineTest {

    private final Facts mentee = Facts.mentee().veteran("Army", 2026);

    private List<Suggestion> rank(Map<MatchingCriterion, Integer> weights, Set<Long> bookmarks, int limit,
                                  MentorCandidate... mentors) {
        SuggestionEngine.Request request = new SuggestionEngine.Request(mentee.asMentee(), Program.NEW_HIRE, weights,
                id -> 0, Set.of(), bookmarks, limit);
        return SuggestionEngine.rank(request, List.of(mentors), Facts::topicName);
    }

    private static Map<MatchingCriterion, Integer> only(MatchingCriterion criterion) {
        Map<MatchingCriterion, Integer> weights = new EnumMap<>(MatchingCriterion.class);
        for (MatchingCriterion each : MatchingCriterion.values()) {
            weights.put(each, each == criterion ? 10 : 0);
        }
        return weights;
    }

    @Test
    void ranksByWeightedScoreWithReasonsStrongestFirst() {
        MentorCandidate armyVeteran = Facts.mentor(1).veteran("Army", 2012).showingMilitary().candidate();
        MentorCandidate navyVeteran = Facts.mentor(2).veteran("Navy", 2010).showingMilitary().candidate();
        MentorCandidate civilian = Facts.mentor(3).candidate();

        List<Suggestion> ranked = rank(MatchingWeights.DEFAULTS.get(Program.NEW_HIRE), Set.of(), 10,
                civilian, navyVeteran, armyVeteran);

        assertThat(ranked).extracting(Suggestion::mentorAccountId).containsExactly(1L, 2L, 3L);
        assertThat(ranked.get(0).reasons()).hasSize(SuggestionEngine.REASONS_SHOWN)
                .first().extracting(MatchReason::english).isEqualTo("Also served in the Army");
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
        assertThat(ranked).allSatisfy(s -> assertThat(s.score()).isBetween(0, 100));
    }

    @Test
    void aMentorWhoKeepsTheirBackgroundPrivateRanksTheSameButItsReasonsSayNothingOfIt() {
        MentorCandidate privateVeteran = Facts.mentor(1).veteran("Army", 2012).candidate();
        MentorCandidate civilian = Facts.mentor(2).candidate();

        List<Suggestion> ranked = rank(MatchingWeights.DEFAULTS.get(Program.NEW_HIRE), Set.of(), 10, civilian, privateVeteran);

        assertThat(ranked).extracting(Suggestion::mentorAccountId).as("ranking still uses it").containsExactly(1L, 2L);
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
        assertThat(ranked.get(0).reasons()).isNotEmpty().noneSatisfy(reason -> assertThat(reason.english())
                .containsAnyOf("Army", "2012", "veteran", "military", "served", "reserves", "spouse"));
        assertThat(ranked.get(0).reasons()).noneMatch(MatchReason::revealsMilitary);
    }

    @Test
    void changingTheWeightsChangesTheRanking() {
        MentorCandidate sameLine = Facts.mentor(1).candidate();
        Facts otherLineFacts = Facts.mentor(2).veteran("Army", 2012);
        otherLineFacts.businessLine = "Retail";
        MentorCandidate otherLineVeteran = otherLineFacts.candidate();

        assertThat(rank(only(MatchingCriterion.BUSINESS_LINE), Set.of(), 10, sameLine, otherLineVeteran))
                .extracting(Suggestion::mentorAccountId).containsExactly(1L, 2L);
        assertThat(rank(only(MatchingCriterion.MILITARY_BRANCH), Set.of(), 10, sameLine, otherLineVeteran))
                .extracting(Suggestion::mentorAccountId).containsExactly(2L, 1L);
    }

    @Test
    void tiesGoToTheLowerAccountIdWhateverTheInputOrder() {
        MentorCandidate a = Facts.mentor(5).candidate();
        MentorCandidate b = Facts.mentor(3).candidate();
        MentorCandidate c = Facts.mentor(9).candidate();

        assertThat(rank(only(MatchingCriterion.BUSINESS_LINE), Set.of(), 10, a, b, c))
                .extracting(Suggestion::mentorAccountId).containsExactly(3L, 5L, 9L);
        assertThat(rank(only(MatchingCriterion.BUSINESS_LINE), Set.of(), 2, c, a, b))
                .extracting(Suggestion::mentorAccountId).containsExactly(3L, 5L);
    }

    @Test
    void bookmarkedMentorsWhoCanBeAskedComeFirst() {
        MentorCandidate best = Facts.mentor(1).veteran("Army", 2012).candidate();
        MentorCandidate bookmarked = Facts.mentor(2).candidate();
        Facts fullFacts = Facts.mentor(3);
        fullFacts.accepting = false;
        MentorCandidate bookmarkedButPaused = fullFacts.candidate();

        List<Suggestion> ranked = rank(MatchingWeights.DEFAULTS.get(Program.NEW_HIRE), Set.of(2L, 3L), 10,
                best, bookmarked, bookmarkedButPaused);

        assertThat(ranked).extracting(Suggestion::mentorAccountId).containsExactly(2L, 1L);
        assertThat(ranked.get(0).bookmarked()).isTrue();
        assertThat(ranked.get(1).bookmarked()).isFalse();
    }

    @Test
    void filteredMentorsNeverAppearAndNoCandidatesGivesNoSuggestions() {
        Facts sameSite = Facts.mentor(1);
        sameSite.site = mentee.site;

        assertThat(rank(MatchingWeights.DEFAULTS.get(Program.NEW_HIRE), Set.of(), 10, sameSite.candidate())).isEmpty();
        assertThat(rank(MatchingWeights.DEFAULTS.get(Program.NEW_HIRE), Set.of(), 10)).isEmpty();
    }
}
