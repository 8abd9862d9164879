package com.mentorflow.matching.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The flow over mentors by capacity finds the optimum of the candidate graph it is given: the same total as jgrapht's
 * exact bipartite matching with one vertex a place, on random graphs with ties, zero scores, full mentors and more
 * mentees than places; and its prices are an optimal dual (the bound they give equals the total).
 */
class CapacityMatchingTest {

    private static final double EPSILON = 1e-6;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void findsTheOptimumOfTheCandidateGraph(int seed) {
        // Scrambled: consecutive seeds would give java.util.Random correlated first draws (and few distinct sizes).
        Random random = new Random(seed * 0x9E3779B97F4A7C15L);
        // Small graphs first (corner cases: one mentee, one mentor), larger ones where paths get long.
        int mentees = 1 + random.nextInt(seed <= 20 ? 20 : 200);
        int mentors = 1 + random.nextInt(seed <= 20 ? 10 : 80);
        int most = seed % 5 == 0 ? 10 : 3;
        int[] places = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            places[j] = random.nextInt(most + 1);
        }
        Candidates graph = randomGraph(random, mentees, mentors, 1 + random.nextInt(8));

        CapacityMatching matching = CapacityMatching.of(graph, places);

        double total = checkedTotal(graph, places, matching.mentorOf);
        assertThat(total).isCloseTo(exactOptimum(graph, places), offset(EPSILON));
        assertThat(dualBound(graph, places, matching.price)).isCloseTo(total, offset(EPSILON));
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 60);
    }

    /**
     * A cohort's size, where paths get long and rounding adds up over 10,000 joins: checked by the dual alone (a bound
     * equal to the total proves the optimum), scores correlated as real ones are, places scarce.
     */
    @Test
    void staysOptimalAtACohortsSize() {
        Random random = new Random(17);
        int mentees = 10_000;
        int mentors = 4_000;
        double[] appeal = random.doubles(mentors, 0, 60).toArray();
        int[] places = random.ints(mentors, 0, 4).toArray();
        Candidates graph = new Candidates(mentees);
        for (int i = 0; i < mentees; i++) {
            graph.mentors[i] = random.ints(0, mentors).distinct().limit(24).toArray();
            graph.scores[i] = new double[24];
            for (int e = 0; e < 24; e++) {
                graph.scores[i][e] = appeal[graph.mentors[i][e]] + random.nextDouble() * 40;
            }
        }

        CapacityMatching matching = CapacityMatching.of(graph, places);

        double total = checkedTotal(graph, places, matching.mentorOf);
        assertThat(dualBound(graph, places, matching.price)).isCloseTo(total, offset(EPSILON));
    }

    @Test
    void aMenteeWhoGainsNothingGoesWithoutAndLeavesThePlaceFree() {
        Candidates graph = new Candidates(2);
        graph.mentors[0] = new int[] {0};
        graph.scores[0] = new double[] {0};
        graph.mentors[1] = new int[] {0, 1};
        graph.scores[1] = new double[] {0, 0};

        CapacityMatching matching = CapacityMatching.of(graph, new int[] {1, 1});

        // Nothing to gain: the optimum leaves both out, and CohortMatching.fillLeftoverPlaces gives them the places.
        assertThat(matching.mentorOf).containsExactly(-1, -1);
        assertThat(matching.price).containsExactly(0.0, 0.0);
    }

    @Test
    void aMenteeLosesTheirMentorToOneWhoGainsMoreAndGoesWithout() {
        Candidates graph = new Candidates(2);
        graph.mentors[0] = new int[] {0};
        graph.scores[0] = new double[] {50};
        graph.mentors[1] = new int[] {0};
        graph.scores[1] = new double[] {80};

        CapacityMatching matching = CapacityMatching.of(graph, new int[] {1});

        assertThat(matching.mentorOf).containsExactly(-1, 0);
        assertThat(matching.price[0]).isBetween(50.0 - EPSILON, 80.0 + EPSILON);
    }

    private static Candidates randomGraph(Random random, int mentees, int mentors, int k) {
        Candidates graph = new Candidates(mentees);
        for (int i = 0; i < mentees; i++) {
            Set<Integer> chosen = new HashSet<>();
            int wanted = random.nextInt(Math.min(k, mentors) + 1);
            while (chosen.size() < wanted) {
                chosen.add(random.nextInt(mentors));
            }
            graph.mentors[i] = chosen.stream().mapToInt(Integer::intValue).toArray();
            graph.scores[i] = new double[graph.mentors[i].length];
            for (int e = 0; e < graph.scores[i].length; e++) {
                // Whole numbers make ties common; some pairs are worth nothing.
                graph.scores[i][e] = random.nextInt(4) == 0 ? random.nextInt(3) * 10 : random.nextDouble() * 100;
            }
        }
        return graph;
    }

    /** The assignment's total, after checking it keeps to the candidates and the places. */
    private static double checkedTotal(Candidates graph, int[] places, int[] mentorOf) {
        int[] used = new int[places.length];
        double total = 0;
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] < 0) {
                continue;
            }
            int e = indexOf(graph.mentors[i], mentorOf[i]);
            assertThat(e).as("mentee %d is given a mentor among their candidates", i).isNotNegative();
            total += graph.scores[i][e];
            used[mentorOf[i]]++;
        }
        for (int j = 0; j < places.length; j++) {
            assertThat(used[j]).as("mentor %d keeps to their places", j).isLessThanOrEqualTo(places[j]);
        }
        return total;
    }

    private static double dualBound(Candidates graph, int[] places, double[] price) {
        double bound = 0;
        for (int j = 0; j < places.length; j++) {
            assertThat(price[j]).isNotNegative();
            bound += places[j] * price[j];
        }
        for (int i = 0; i < graph.mentees(); i++) {
            double profit = 0;
            for (int e = 0; e < graph.mentors[i].length; e++) {
                int j = graph.mentors[i][e];
                if (places[j] > 0) {
                    profit = Math.max(profit, graph.scores[i][e] - price[j]);
                }
            }
            bound += profit;
        }
        return bound;
    }

    /** jgrapht on the same graph, each mentor as one vertex a place. */
    private static double exactOptimum(Candidates graph, int[] places) {
        Graph<String, DefaultWeightedEdge> slots = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> left = new HashSet<>();
        Set<String> right = new HashSet<>();
        for (int i = 0; i < graph.mentees(); i++) {
            slots.addVertex("e" + i);
            left.add("e" + i);
            for (int e = 0; e < graph.mentors[i].length; e++) {
                int j = graph.mentors[i][e];
                for (int place = 0; place < places[j]; place++) {
                    String slot = "m" + j + "/" + place;
                    if (right.add(slot)) {
                        slots.addVertex(slot);
                    }
                    slots.setEdgeWeight(slots.addEdge("e" + i, slot), graph.scores[i][e]);
                }
            }
        }
        return new MaximumWeightBipartiteMatching<>(slots, left, right).getMatching().getWeight();
    }

    private static int indexOf(int[] row, int value) {
        for (int e = 0; e < row.length; e++) {
            if (row[e] == value) {
                return e;
            }
        }
        return -1;
    }
}
