package com.mentorflow.matching;

import com.mentorflow.people.Program;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The must-filters and score of one mentee–mentor pair exactly as the suggestions rank them, for whoever weighs
 * many pairs at once (cohort matching): one scoring path, so a cohort pair scores what its suggestion card shows.
 * Immutable and safe to share between threads.
 */
public final class PairScorer {

    private final Program program;
    private final Map<MatchingCriterion, Integer> weights;
    private final double[] byOrdinal;
    private final double totalWeight;

    private PairScorer(Program program, Map<MatchingCriterion, Integer> weights) {
        this.program = program;
        this.weights = Map.copyOf(weights);
        this.byOrdinal = SuggestionEngine.weightsByOrdinal(weights);
        this.totalWeight = SuggestionEngine.total(byOrdinal);
    }

    public static PairScorer of(Program program, Map<MatchingCriterion, Integer> weights) {
        return new PairScorer(program, weights);
    }

    public Program program() {
        return program;
    }

    /**
     * @param alreadyAsked mentors this mentee has an open or declined request with
     * @return why the mentor may not be this mentee's, capacity aside (the program's rules included), or null
     */
    public String whyExcluded(Mentee mentee, MentorCandidate mentor, Set<Long> alreadyAsked) {
        return HardFilters.whyExcludedBesidesCapacity(mentee, mentor, program, alreadyAsked);
    }

    /** 0–100, unrounded: what a suggestion card shows rounded. */
    public double score(Mentee mentee, MentorCandidate mentor) {
        return SuggestionEngine.score(mentee.encoded(), mentor, byOrdinal, totalWeight);
    }

    /**
     * The pair as a suggestion card explains it. Military reasons only when both chose to show their background:
     * whoever reviews a cohort is neither of the two.
     */
    public Suggestion explain(Mentee mentee, MentorCandidate mentor, IntFunction<String> topicName) {
        boolean menteeShows = mentee.facts().showsMilitary();
        return SuggestionEngine.explainOne(new SuggestionEngine.Request(mentee, program, weights, id -> 0, Set.of(),
                Set.of(), 1, mentorFacts -> menteeShows && mentorFacts.showsMilitary()), mentor, topicName);
    }
}
