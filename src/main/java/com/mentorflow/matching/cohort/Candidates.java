package com.mentorflow.matching.cohort;

import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import com.mentorflow.matching.PairScorer;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The sparse graph the optimisation runs on: for each mentee, the K best-scoring mentors who pass their must-filters
 * and still have a place. Every pair is filtered and scored once (the cost of the whole run: 200 million pairs at
 * 10,000×20,000), on all cores.
 *
 * <p>Why K best are enough: a mentee loses a candidate only to a mentee who scores that mentor higher, so the
 * optimum reaches past a mentee's K best only when K of them are all taken by others. Scores are correlated, so
 * with places scarce the same mentors top every list: the second pass ranks by score less a {@link DemandPrices}
 * estimate. Measured against the exact optimum on 300 mentees competing for 120 mentors (CohortOptimalityTest):
 * K = 3 loses 7.0%, 6 loses 0.66%, 12 and 24 nothing (by score alone: 13.3%, 4.7%, 0.61%, 0.053%); at 10,000×20,000
 * with 7 in 10 mentors full the priced pass raised the total from 485,822 to 487,478, against a bound of 487,884 from
 * a run with K = 60. With places plenty it costs a little (300×300: up to 0.14% from the optimum instead of 0).
 * {@link #bestLeftOut} enters the bound, so a K too small shows as a gap, never as a silently worse result.
 */
final class Candidates {

    private static final int CHUNK = 32;

    /** Per mentee, mentor indexes best first (by score less price), and their scores. */
    final int[][] mentors;
    final double[][] scores;
    /** Per mentee, the best score of a mentor with a place who passes the filters but was not kept (0 if none). */
    final double[] bestLeftOut;
    /** Per mentee, whether any mentor drawn on passes their must-filters, capacity aside. */
    final boolean[] anyPasses;

    /** An empty graph of this many mentees, each row to be filled (by {@link #of}, or by a test). */
    Candidates(int mentees) {
        this.mentors = new int[mentees][];
        this.scores = new double[mentees][];
        this.bestLeftOut = new double[mentees];
        this.anyPasses = new boolean[mentees];
    }

    /**
     * @param exclusions per mentee index, mentors asked already or removed by the program manager
     * @param places     per mentor index, how many more mentees they may take in this run
     */
    static Candidates of(PairScorer scorer, Mentee[] mentees, MentorCandidate[] mentorList, int[] places,
                         IntFunction<Set<Long>> exclusions, int k, Progress progress, double progressFrom,
                         double progressTo) {
        return of(scorer, mentees, mentorList, places, new double[mentorList.length], exclusions, k, progress,
                progressFrom, progressTo);
    }

    /**
     * @param price per mentor index, what one of their places is likely to cost: candidates are the K best by score
     *              less price, so a mentee popular mentors will not take keeps mentors they can get
     */
    static Candidates of(PairScorer scorer, Mentee[] mentees, MentorCandidate[] mentorList, int[] places, double[] price,
                         IntFunction<Set<Long>> exclusions, int k, Progress progress, double progressFrom,
                         double progressTo) {
        Candidates graph = new Candidates(mentees.length);
        AtomicInteger done = new AtomicInteger();
        int chunks = (mentees.length + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int[] keptMentors = new int[k];
            double[] keptScores = new double[k];
            for (int i = chunk * CHUNK; i < Math.min(mentees.length, (chunk + 1) * CHUNK); i++) {
                graph.collect(i, scorer, mentees[i], mentorList, places, price, exclusions.apply(i), keptMentors, keptScores);
            }
            int finished = done.addAndGet(Math.min(CHUNK, mentees.length - chunk * CHUNK));
            progress.report(progressFrom + (progressTo - progressFrom) * finished / mentees.length);
        });
        return graph;
    }

    private void collect(int i, PairScorer scorer, Mentee mentee, MentorCandidate[] mentorList, int[] places,
                         double[] price, Set<Long> excluded, int[] keptMentors, double[] keptScores) {
        int kept = 0;
        int k = keptMentors.length;
        double leftOut = 0;
        boolean passes = false;
        for (int j = 0; j < mentorList.length; j++) {
            // A full mentor only matters for telling the two unmatched reasons apart: skip once that is settled.
            if (places[j] <= 0 && passes) {
                continue;
            }
            if (scorer.whyExcluded(mentee, mentorList[j], excluded) != null) {
                continue;
            }
            passes = true;
            if (places[j] <= 0) {
                continue;
            }
            double score = scorer.score(mentee, mentorList[j]);
            double net = score - price[j];
            if (kept == k && net <= keptScores[k - 1] - price[keptMentors[k - 1]]) {
                leftOut = Math.max(leftOut, score);
                continue;
            }
            if (kept == k) {
                leftOut = Math.max(leftOut, keptScores[k - 1]);
                kept--;
            }
            // Insertion keeps the list best first; ties stay in mentor order, so a run is reproducible.
            int at = kept;
            while (at > 0 && keptScores[at - 1] - price[keptMentors[at - 1]] < net) {
                keptScores[at] = keptScores[at - 1];
                keptMentors[at] = keptMentors[at - 1];
                at--;
            }
            keptScores[at] = score;
            keptMentors[at] = j;
            kept++;
        }
        mentors[i] = Arrays.copyOf(keptMentors, kept);
        scores[i] = Arrays.copyOf(keptScores, kept);
        bestLeftOut[i] = leftOut;
        anyPasses[i] = passes;
    }

    int mentees() {
        return mentors.length;
    }

    long edges() {
        long edges = 0;
        for (int[] row : mentors) {
            edges += row.length;
        }
        return edges;
    }
}
