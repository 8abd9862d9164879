package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.people.MilitaryBackground.Relation;
import com.mentorflow.people.Program;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the people and weights, a suggestion never breaks a must, and the ranking is stable. */
class SuggestionPropertiesTest {

    private static final String[] SITES = {"Austin", "Seattle", "Dublin", null};
    private static final String[] ZONES = {"America/Chicago", "Europe/Dublin", "Asia/Kolkata", null};

    @Provide
    Arbitrary<Facts> people() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 3);
        return Combinators.combine(Arbitraries.longs().between(1, 60), Arbitraries.of(true, true, true, false),
                        Arbitraries.integers().between(1, 10).injectNull(0.1), small, small, small,
                        Arbitraries.of(Relation.values()), Arbitraries.integers().between(0, 3))
                .as((id, flag, level, site, zone, capacity, relation, programs) -> {
                    Facts facts = Facts.mentor(id);
                    facts.active = flag;
                    facts.accepting = id % 7 != 0;
                    facts.wantsMentor = id % 11 != 0;
                    facts.level = level;
                    facts.site = SITES[site];
                    facts.timeZone = ZONES[zone];
                    facts.capacity = capacity;
                    facts.relation = relation;
                    facts.branch = relation == Relation.VETERAN ? (id % 2 == 0 ? "Army" : "Navy") : null;
                    facts.transitionYear = relation == Relation.VETERAN ? 2000 + (int) (id % 20) : null;
                    facts.programs = switch (programs) {
                        case 0 -> EnumSet.of(Program.NEW_HIRE);
                        case 1 -> EnumSet.of(Program.OPEN);
                        case 2 -> EnumSet.of(Program.NEW_HIRE, Program.OPEN);
                        default -> EnumSet.noneOf(Program.class);
                    };
                    facts.strengths = Set.of((int) (id % 5) + 1);
                    return facts;
                });
    }

    @Provide
    Arbitrary<Map<MatchingCriterion, Integer>> weights() {
        return Arbitraries.integers().between(0, 100).list().ofSize(MatchingCriterion.values().length).map(values -> {
            Map<MatchingCriterion, Integer> weights = new EnumMap<>(MatchingCriterion.class);
            for (MatchingCriterion criterion : MatchingCriterion.values()) {
                weights.put(criterion, values.get(criterion.ordinal()));
            }
            return weights;
        });
    }

    @Property(tries = 300)
    void noSuggestionBreaksAHardFilter(@ForAll("mentors") List<Facts> mentors, @ForAll("weights") Map<MatchingCriterion, Integer> weights,
                                       @ForAll Program program, @ForAll @IntRange(min = 1, max = 12) int limit,
                                       @ForAll("asked") Set<Long> asked, @ForAll("asked") Set<Long> bookmarks) {
        if (!program.isOneToOne()) {
            return;
        }
        Facts menteeFacts = Facts.mentee();
        menteeFacts.accountId = 5;
        Mentee mentee = menteeFacts.asMentee();
        List<MentorCandidate> candidates = distinct(mentors);
        SuggestionEngine.Request request = new SuggestionEngine.Request(mentee, program, weights, id -> (int) (id % 3),
                asked, bookmarks, limit);

        List<Suggestion> ranked = SuggestionEngine.rank(request, candidates, Facts::topicName);

        assertThat(ranked).hasSizeLessThanOrEqualTo(limit);
        for (Suggestion suggestion : ranked) {
            MentorCandidate mentor = candidates.stream().filter(c -> c.accountId() == suggestion.mentorAccountId())
                    .findFirst().orElseThrow();
            assertThat(HardFilters.whyExcluded(mentee, mentor, program, id -> (int) (id % 3), asked)).isNull();
            assertThat(mentor.facts().active()).isTrue();
            assertThat(mentor.facts().accountId()).isNotEqualTo(5L);
            assertThat((int) (mentor.accountId() % 3)).isLessThan(mentor.facts().mentorCapacity());
            assertThat(suggestion.score()).isBetween(0, 100);
            assertThat(suggestion.reasons()).hasSizeLessThanOrEqualTo(SuggestionEngine.REASONS_SHOWN);
        }
        List<MentorCandidate> reversed = new ArrayList<>(candidates);
        java.util.Collections.reverse(reversed);
        assertThat(SuggestionEngine.rank(request, reversed, Facts::topicName)).as("deterministic").isEqualTo(ranked);
    }

    /** The fast straight-line sum must agree with the per-criterion values the reasons are built from. */
    @Property(tries = 500)
    void theFastSumEqualsTheSumOfTheCriteria(@ForAll("people") Facts mentor, @ForAll("people") Facts other,
                                             @ForAll("weights") Map<MatchingCriterion, Integer> weights) {
        other.wantsMentee = true;
        other.goals = new HashSet<>(List.of((int) (other.accountId % 4) + 1, 2));
        Mentee mentee = other.asMentee();
        MentorCandidate candidate = mentor.candidate();
        double[] w = new double[MatchingCriterion.values().length];
        double expected = 0;
        for (MatchingCriterion criterion : MatchingCriterion.values()) {
            w[criterion.ordinal()] = weights.get(criterion);
            expected += weights.get(criterion) * Criteria.value(criterion, mentee, candidate);
        }
        assertThat(Criteria.weightedSum(mentee.encoded(), candidate, w)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Provide
    Arbitrary<List<Facts>> mentors() {
        return people().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Set<Long>> asked() {
        return Arbitraries.longs().between(1, 60).set().ofMaxSize(10);
    }

    private static List<MentorCandidate> distinct(List<Facts> mentors) {
        Set<Long> seen = new HashSet<>();
        List<MentorCandidate> candidates = new ArrayList<>();
        for (Facts facts : mentors) {
            if (seen.add(facts.accountId)) {
                candidates.add(facts.candidate());
            }
        }
        return candidates;
    }
}
