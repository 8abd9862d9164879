package com.mentorflow.matching.cohort;

import java.util.ArrayList;
import java.util.List;

/**
 * What cohort matching proposes for the program manager to review.
 *
 * @param pairs          every mentee given a mentor, locked pairs included
 * @param unmatched      the mentees left without one, and why
 * @param totalScore     the sum of the pairs' scores: what the assignment maximises
 * @param upperBound     no assignment of this cohort to these mentors' places scores more (the LP dual bound),
 *                       so {@link #gapPercent()} is how far from the optimum this one is at most
 * @param candidateEdges the pairs weighed by the optimisation after the must-filters and the cut to each
 *                       mentee's best candidates
 */
public record CohortAssignment(List<CohortPair> pairs, List<Unmatched> unmatched, double totalScore, double upperBound,
                               long candidateEdges) {

    public static final int DISTRIBUTION_BUCKETS = 10;

    public CohortAssignment {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }

    /** At most this many percent below the optimum; 0 when the bound is met. */
    public double gapPercent() {
        return upperBound <= 0 ? 0 : Math.max(0, 100 * (upperBound - totalScore) / upperBound);
    }

    /** How many pairs score 0–9, 10–19, … 90–100 (rounded as the cards show them). */
    public List<Integer> scoreDistribution() {
        int[] buckets = new int[DISTRIBUTION_BUCKETS];
        for (CohortPair pair : pairs) {
            buckets[Math.min(DISTRIBUTION_BUCKETS - 1, (int) Math.round(pair.score()) / 10)]++;
        }
        List<Integer> counts = new ArrayList<>(DISTRIBUTION_BUCKETS);
        for (int count : buckets) {
            counts.add(count);
        }
        return List.copyOf(counts);
    }

    public long unmatchedBecause(Unmatched.Reason reason) {
        return unmatched.stream().filter(mentee -> mentee.reason() == reason).count();
    }
}
