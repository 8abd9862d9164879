package com.mentorflow.matching.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A first guess at what a place with each mentor costs, from how many mentees name them among their best. Scores
 * are correlated (long tenure and the right level gap please everyone), so the same few mentors top every list and,
 * cut to the K best by score, most mentees would be left with mentors they cannot get. Priced, the lists point at
 * mentors they can.
 *
 * <p>A mentor named by more mentees than they have places is worth, to the first mentee who misses out, their score
 * less what that mentee can get elsewhere (their K-th score): an auction's price after one round.
 */
final class DemandPrices {

    private DemandPrices() {
    }

    static double[] of(Candidates candidates, int[] places) {
        List<List<double[]>> bids = new ArrayList<>(places.length);
        for (int j = 0; j < places.length; j++) {
            bids.add(null);
        }
        for (int i = 0; i < candidates.mentees(); i++) {
            double[] scores = candidates.scores[i];
            double elsewhere = scores.length == 0 ? 0 : scores[scores.length - 1];
            for (int e = 0; e < scores.length; e++) {
                int j = candidates.mentors[i][e];
                if (bids.get(j) == null) {
                    bids.set(j, new ArrayList<>());
                }
                bids.get(j).add(new double[] {scores[e], elsewhere});
            }
        }
        double[] price = new double[places.length];
        for (int j = 0; j < places.length; j++) {
            List<double[]> named = bids.get(j);
            if (named == null || named.size() <= places[j]) {
                continue;
            }
            double[][] sorted = named.toArray(double[][]::new);
            Arrays.sort(sorted, (a, b) -> Double.compare(b[0], a[0]));
            double[] firstToMissOut = sorted[places[j]];
            price[j] = Math.max(0, firstToMissOut[0] - firstToMissOut[1]);
        }
        return price;
    }
}
