package com.mentorflow.matching.cohort;

import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import com.mentorflow.matching.PairScorer;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * No assignment of the cohort to the mentors' places scores more than this: a feasible solution of the LP dual of the
 * whole problem (every pair, not only the candidates), so by weak duality it bounds the optimum. Each mentor's place
 * costs its price; each mentee gets the most any pair of theirs is worth above that price.
 *
 * <p>Feasible by construction whatever the prices, so the bound holds even if the library's potentials were off. A
 * mentee's pairs left out of the candidates are bounded first by their best score (prices are 0 or more); only
 * when that is above what their candidates give are all their mentors weighed again at their prices, so a K that
 * is enough costs almost nothing here, and a K too small shows as a gap rather than a loose bound.
 */
final class UpperBound {

    private UpperBound() {
    }

    static double of(Candidates candidates, double[] price, int[] places, PairScorer scorer, Mentee[] mentees,
                     MentorCandidate[] mentors, IntFunction<Set<Long>> exclusions) {
        double placesWorth = 0;
        for (int j = 0; j < places.length; j++) {
            placesWorth += places[j] * price[j];
        }
        double menteesWorth = IntStream.range(0, mentees.length).parallel().mapToDouble(i -> {
            double profit = 0;
            for (int e = 0; e < candidates.mentors[i].length; e++) {
                profit = Math.max(profit, candidates.scores[i][e] - price[candidates.mentors[i][e]]);
            }
            return candidates.bestLeftOut[i] <= profit ? profit
                    : overAllMentors(scorer, mentees[i], mentors, places, price, exclusions.apply(i));
        }).sum();
        return placesWorth + menteesWorth;
    }

    private static double overAllMentors(PairScorer scorer, Mentee mentee, MentorCandidate[] mentors, int[] places,
                                         double[] price, Set<Long> excluded) {
        double profit = 0;
        for (int j = 0; j < mentors.length; j++) {
            if (places[j] > 0 && scorer.whyExcluded(mentee, mentors[j], excluded) == null) {
                profit = Math.max(profit, scorer.score(mentee, mentors[j]) - price[j]);
            }
        }
        return profit;
    }
}
