package com.mentorflow.matching.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** On 300×300 cohorts the assignment's total is within 1% of the exact optimum, which the dual bound never undercuts. */
class CohortOptimalityTest {

    private static final double EPSILON = 1e-6;

    @ParameterizedTest(name = "seed {0}: {1} mentees, {2} mentors")
    @CsvSource({"1, 300, 300", "2, 300, 300", "3, 300, 150", "4, 300, 120"})
    void withinOnePercentOfTheExactOptimum(long seed, int menteeCount, int mentorCount) {
        CohortProfiles people = new CohortProfiles(seed);
        List<Mentee> mentees = people.mentees(menteeCount);
        List<MentorCandidate> mentors = people.mentors(mentorCount);
        double optimum = ExactAssignment.optimum(CohortProfiles.NEW_HIRE, mentees, mentors, id -> 0);

        CohortAssignment assignment = CohortMatching.assign(CohortRequest.of(CohortProfiles.NEW_HIRE, mentees, mentors,
                id -> 0, CohortProfiles::topicName), fraction -> { });

        double gapToOptimum = 100 * (optimum - assignment.totalScore()) / optimum;
        System.out.printf("cohort seed %d %dx%d: %d pairs, %d unmatched, total %.2f, exact %.2f (gap %.4f%%), bound %.2f%n",
                seed, menteeCount, mentorCount, assignment.pairs().size(), assignment.unmatched().size(),
                assignment.totalScore(), optimum, gapToOptimum, assignment.upperBound());
        assertThat(gapToOptimum).isLessThanOrEqualTo(1.0);
        assertThat(assignment.totalScore()).isLessThanOrEqualTo(optimum + EPSILON);
        assertThat(assignment.upperBound()).isGreaterThanOrEqualTo(optimum - EPSILON);
    }

    /**
     * Why 24 candidates a mentee: the gap to the exact optimum as K grows, on the cohort with the most competition
     * for places (2.5 mentees per mentor). Small K loses score; the default does not.
     */
    @ParameterizedTest(name = "K = {0}")
    @CsvSource({"1", "3", "6", "12", "24"})
    void candidatesPerMenteeAndTheGap(int k) {
        CohortProfiles people = new CohortProfiles(4);
        List<Mentee> mentees = people.mentees(300);
        List<MentorCandidate> mentors = people.mentors(120);
        double optimum = ExactAssignment.optimum(CohortProfiles.NEW_HIRE, mentees, mentors, id -> 0);

        CohortAssignment assignment = CohortMatching.assign(CohortRequest.of(CohortProfiles.NEW_HIRE, mentees, mentors,
                id -> 0, CohortProfiles::topicName).withCandidatesPerMentee(k), fraction -> { });

        double gap = 100 * (optimum - assignment.totalScore()) / optimum;
        System.out.printf("cohort K=%d: %d edges, gap to exact %.4f%%, gap to bound %.4f%%%n", k,
                assignment.candidateEdges(), gap, assignment.gapPercent());
        assertThat(assignment.upperBound()).isGreaterThanOrEqualTo(optimum - EPSILON);
        if (k >= CohortRequest.DEFAULT_CANDIDATES_PER_MENTEE) {
            assertThat(gap).isLessThanOrEqualTo(1.0);
        }
    }
}
