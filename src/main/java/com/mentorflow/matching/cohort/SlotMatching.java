package com.mentorflow.matching.cohort;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The exact maximum-weight assignment over the candidate graph, by jgrapht's bipartite matching (successive
 * shortest paths with potentials): each mentor becomes as many slots as they have places, at most as many as
 * mentees name them. A maintained library, exact on the candidate graph; measured (optimisation alone) at 10,000
 * mentees × 20,000 mentors, K = 24: 2–3 s with every mentor free; with 7 in 10 mentors full (mentees compete,
 * augmenting paths get long) 18–20 s in earlier runs, 31–34 s on 2 Dec 2026 (CohortAssignmentBenchmark, code unchanged),
 * so the 30 s is not safe on 2 cores: an auction (or a flow over slots by capacity, not one vertex a place) is next.
 *
 * <p>Its vertex potentials give the mentors' prices for the {@link UpperBound}.
 */
final class SlotMatching {

    /** Per mentee index, the mentor index assigned, or -1. */
    final int[] mentorOf;
    /** Per mentor index, a price of one of their places that, with {@link UpperBound}, makes a feasible LP dual. */
    final double[] price;

    private SlotMatching(int[] mentorOf, double[] price) {
        this.mentorOf = mentorOf;
        this.price = price;
    }

    static SlotMatching of(Candidates candidates, int[] places) {
        int mentees = candidates.mentees();
        int[] namedBy = new int[places.length];
        for (int[] row : candidates.mentors) {
            for (int j : row) {
                namedBy[j]++;
            }
        }
        // Vertices 0..mentees-1 are mentees; each mentor's slots follow in one block from firstSlot[j].
        int[] firstSlot = new int[places.length + 1];
        firstSlot[0] = mentees;
        for (int j = 0; j < places.length; j++) {
            firstSlot[j + 1] = firstSlot[j] + Math.min(places[j], namedBy[j]);
        }
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> menteeSide = new HashSet<>();
        Set<Integer> slotSide = new HashSet<>();
        for (int v = 0; v < firstSlot[places.length]; v++) {
            graph.addVertex(v);
            (v < mentees ? menteeSide : slotSide).add(v);
        }
        for (int i = 0; i < mentees; i++) {
            for (int e = 0; e < candidates.mentors[i].length; e++) {
                int j = candidates.mentors[i][e];
                for (int slot = firstSlot[j]; slot < firstSlot[j + 1]; slot++) {
                    graph.setEdgeWeight(graph.addEdge(i, slot), candidates.scores[i][e]);
                }
            }
        }
        MaximumWeightBipartiteMatching<Integer, DefaultWeightedEdge> algorithm =
                new MaximumWeightBipartiteMatching<>(graph, menteeSide, slotSide);
        MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching = algorithm.getMatching();
        int[] mentorOf = new int[mentees];
        Arrays.fill(mentorOf, -1);
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            int a = graph.getEdgeSource(edge);
            int b = graph.getEdgeTarget(edge);
            int mentee = Math.min(a, b);
            int slot = Math.max(a, b);
            mentorOf[mentee] = mentorOfSlot(firstSlot, slot);
        }
        return new SlotMatching(mentorOf, prices(places, firstSlot, algorithm.getPotentials()));
    }

    /**
     * A mentor's price in the dual: the least potential of their slots, 0 when some of their places has no slot
     * (nobody else names them) or none is named at all.
     */
    private static double[] prices(int[] places, int[] firstSlot, Map<Integer, BigDecimal> potentials) {
        double[] price = new double[places.length];
        for (int j = 0; j < places.length; j++) {
            int slots = firstSlot[j + 1] - firstSlot[j];
            if (slots == 0 || slots < places[j]) {
                continue;
            }
            double least = Double.MAX_VALUE;
            for (int slot = firstSlot[j]; slot < firstSlot[j + 1]; slot++) {
                least = Math.min(least, Math.max(0, potentials.getOrDefault(slot, BigDecimal.ZERO).doubleValue()));
            }
            price[j] = least;
        }
        return price;
    }

    private static int mentorOfSlot(int[] firstSlot, int slot) {
        int found = Arrays.binarySearch(firstSlot, slot);
        if (found >= 0) {
            // Mentors with no slots share their first slot number with the next: take the last of the run.
            while (found + 1 < firstSlot.length && firstSlot[found + 1] == slot) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }
}
