package com.mentorflow.matching.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Whatever the cohort and however few candidates each mentee is weighed with: total ≤ optimum ≤ bound, places kept. */
class CohortPropertiesTest {

    @Property(tries = 40)
    void neverAboveTheOptimumNorTheOptimumAboveTheBound(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                         @ForAll @IntRange(min = 1, max = 40) int menteeCount,
                                                         @ForAll @IntRange(min = 1, max = 40) int mentorCount,
                                                         @ForAll @IntRange(min = 1, max = 8) int k) {
        CohortProfiles people = new CohortProfiles(seed);
        List<Mentee> mentees = people.mentees(menteeCount);
        List<MentorCandidate> mentors = people.mentors(mentorCount);
        double optimum = ExactAssignment.optimum(CohortProfiles.NEW_HIRE, mentees, mentors, id -> 0);

        CohortAssignment assignment = CohortMatching.assign(CohortRequest.of(CohortProfiles.NEW_HIRE, mentees, mentors,
                id -> 0, CohortProfiles::topicName).withCandidatesPerMentee(k), fraction -> { });

        assertThat(assignment.totalScore()).isLessThanOrEqualTo(optimum + 1e-6);
        assertThat(assignment.upperBound()).isGreaterThanOrEqualTo(optimum - 1e-6);
        Map<Long, Long> perMentor = assignment.pairs().stream()
                .collect(Collectors.groupingBy(CohortPair::mentorAccountId, Collectors.counting()));
        mentors.forEach(mentor -> assertThat(perMentor.getOrDefault(mentor.accountId(), 0L))
                .isLessThanOrEqualTo(mentor.capacity()));
    }
}
