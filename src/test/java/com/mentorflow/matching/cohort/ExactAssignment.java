package com.mentorflow.matching.cohort;

import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import com.mentorflow.matching.PairScorer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongToIntFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The reference: the optimum over every pair that passes the must-filters (no cut to candidates), built here
 * independently of the code under test, each mentor as one vertex per remaining place.
 */
final class ExactAssignment {

    private ExactAssignment() {
    }

    static double optimum(PairScorer scorer, List<Mentee> mentees, List<MentorCandidate> mentors,
                          LongToIntFunction activeMentees) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> left = new HashSet<>();
        Set<String> right = new HashSet<>();
        for (Mentee mentee : mentees) {
            graph.addVertex("e" + mentee.accountId());
            left.add("e" + mentee.accountId());
        }
        for (MentorCandidate mentor : mentors) {
            int places = mentor.capacity() - activeMentees.applyAsInt(mentor.accountId());
            for (int place = 0; place < places; place++) {
                String slot = "m" + mentor.accountId() + "/" + place;
                graph.addVertex(slot);
                right.add(slot);
                for (Mentee mentee : mentees) {
                    if (scorer.whyExcluded(mentee, mentor, Set.of()) == null) {
                        graph.setEdgeWeight(graph.addEdge("e" + mentee.accountId(), slot), scorer.score(mentee, mentor));
                    }
                }
            }
        }
        return new MaximumWeightBipartiteMatching<>(graph, left, right).getMatching().getWeight();
    }
}
