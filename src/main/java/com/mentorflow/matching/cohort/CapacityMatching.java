package com.mentorflow.matching.cohort;

import java.util.Arrays;

/**
 * The exact maximum-weight assignment over the candidate graph as a min-cost flow: each mentor is one node whose
 * capacity is their places, and every mentee may stay unmatched at score 0. Mentees join one at a time; each joins
 * along a shortest path (Dijkstra over reduced costs, so the potentials keep every residual edge non-negative) to a
 * free place or to a mentee who then goes without.
 *
 * <p>Our own rather than a library's because the maintained one, jgrapht's exact bipartite matching (still the tests'
 * reference), needs one vertex a place and works in BigDecimal: at 10,000 mentees × 20,000 mentors with 7 in 10 mentors
 * full it took 18–34 s of the 30 s and 767 MB of heap. This one found the same total (487,477.5) in 1.4 s with the bound
 * and reasons, the whole run 4.1 s and 78 MB (CohortAssignmentBenchmark, 2 cores, 2 Dec 2026).
 *
 * <p>Its potentials are the LP dual: a mentor's {@link #price} is what one of their places is worth, which the
 * {@link UpperBound} turns into a bound on every assignment.
 */
final class CapacityMatching {

    /** Per mentee index, the mentor index assigned, or -1. */
    final int[] mentorOf;
    /** Per mentor index, the price of one of their places (0 or more) in an optimal dual of the candidate graph. */
    final double[] price;

    private final int[][] candidates;
    private final double[][] scores;
    private final int[] places;
    private final int sink;
    private final int[][] holders;
    private final int[] load;
    private final int[] holderAt;
    private final double[] heldScore;
    /** Per mentor, and the sink at {@link #sink} (whose potential stays 0): keep reduced costs non-negative. */
    private final double[] potential;
    private final double[] distance;
    private final int[] reachedFrom;
    private final int[] settled;
    /** The nodes given a distance in this search, to reset for the next (a search reaches few of them). */
    private final int[] touched;
    private int touchedCount;
    /** Per node, the search that settled it last (a search is numbered by its mentee, from 1). */
    private final int[] settledIn;
    private int search;
    private final DistanceHeap queue;

    private CapacityMatching(Candidates graph, int[] places) {
        int mentees = graph.mentees();
        this.candidates = graph.mentors;
        this.scores = graph.scores;
        this.places = places;
        this.sink = places.length;
        this.mentorOf = new int[mentees];
        Arrays.fill(mentorOf, -1);
        this.holders = new int[places.length][];
        for (int j = 0; j < places.length; j++) {
            holders[j] = new int[Math.max(0, places[j])];
        }
        this.load = new int[places.length];
        this.holderAt = new int[mentees];
        this.heldScore = new double[mentees];
        this.potential = new double[places.length + 1];
        this.distance = new double[places.length + 1];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        this.reachedFrom = new int[places.length + 1];
        this.settled = new int[places.length + 1];
        this.touched = new int[places.length + 1];
        this.settledIn = new int[places.length + 1];
        this.queue = new DistanceHeap(places.length + 1);
        this.price = new double[places.length];
    }

    static CapacityMatching of(Candidates graph, int[] places) {
        CapacityMatching matching = new CapacityMatching(graph, places);
        for (int i = 0; i < graph.mentees(); i++) {
            matching.join(i);
        }
        for (int j = 0; j < places.length; j++) {
            matching.price[j] = Math.max(0, matching.potential[matching.sink] - matching.potential[j]);
        }
        return matching;
    }

    /** Adds mentee {@code s} along the cheapest path, which keeps the assignment optimal for the mentees so far. */
    private void join(int s) {
        // The newcomer's potential: high enough that every edge out of them has a non-negative reduced cost.
        double newcomer = potential[sink];
        for (int e = 0; e < candidates[s].length; e++) {
            newcomer = Math.max(newcomer, scores[s][e] + potential[candidates[s][e]]);
        }
        search = s + 1;
        int settledCount = 0;
        leave(s, newcomer);
        while (!queue.isEmpty()) {
            int j = queue.poll();
            settled[settledCount++] = j;
            settledIn[j] = search;
            if (j == sink) {
                break;
            }
            if (load[j] < places[j]) {
                reach(sink, distance[j] + potential[j] - potential[sink], j);
            }
            for (int h = 0; h < load[j]; h++) {
                int k = holders[j][h];
                leave(k, distance[j] + heldScore[k] + potential[j]);
            }
        }
        queue.clear();
        double toSink = distance[sink];
        augment(s, reachedFrom[sink]);
        for (int n = 0; n < settledCount; n++) {
            int v = settled[n];
            potential[v] -= Math.max(0, toSink - distance[v]);
        }
        for (int n = 0; n < touchedCount; n++) {
            distance[touched[n]] = Double.POSITIVE_INFINITY;
        }
        touchedCount = 0;
    }

    /**
     * Relaxes the edges out of mentee k to their other candidates, or to going without. A search enters a mentee only
     * by their own mentor's edge (the newcomer by none; one who went without only from the sink, never left), so their
     * potential cancels out of every path through them: {@code reached} is their distance plus it.
     */
    private void leave(int k, double reached) {
        for (int e = 0; e < candidates[k].length; e++) {
            int j = candidates[k][e];
            if (j != mentorOf[k]) {
                reach(j, reached - scores[k][e] - potential[j], k);
            }
        }
        reach(sink, reached - potential[sink], -(k + 1));
    }

    private void reach(int node, double at, int from) {
        // A settled node keeps its distance: rounding can make a tight cycle look a hair shorter, and re-settling
        // would loop the path back on itself.
        if (at < distance[node] && settledIn[node] != search) {
            if (distance[node] == Double.POSITIVE_INFINITY) {
                touched[touchedCount++] = node;
            }
            distance[node] = at;
            reachedFrom[node] = from;
            queue.offer(node, at);
        }
    }

    /**
     * Walks the path back from the sink: the mentor with a free place takes the mentee before them (or a mentee goes
     * without, and their mentor takes the one before), whose own mentor takes the one before, back to the newcomer.
     */
    private void augment(int s, int last) {
        int j;
        if (last < 0) {
            int k = -(last + 1);
            if (k == s) {
                return;
            }
            j = mentorOf[k];
            release(k);
        } else {
            j = last;
        }
        while (true) {
            int k = reachedFrom[j];
            int previous = mentorOf[k];
            if (previous >= 0) {
                release(k);
            }
            hold(j, k);
            if (k == s) {
                return;
            }
            j = previous;
        }
    }

    private void release(int k) {
        int j = mentorOf[k];
        int at = holderAt[k];
        int moved = holders[j][--load[j]];
        holders[j][at] = moved;
        holderAt[moved] = at;
        mentorOf[k] = -1;
    }

    private void hold(int j, int k) {
        holders[j][load[j]] = k;
        holderAt[k] = load[j]++;
        mentorOf[k] = j;
        for (int e = 0; e < candidates[k].length; e++) {
            if (candidates[k][e] == j) {
                heldScore[k] = scores[k][e];
                return;
            }
        }
    }
}
