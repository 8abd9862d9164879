package com.mentorflow.matching.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import com.mentorflow.people.EmployeeType;
import com.mentorflow.people.MilitaryBackground.Relation;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongToIntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of an assignment: capacity, one mentor each, the must-filters, locks and removals, reasons, progress. */
class CohortRulesTest {

    private final CohortProfiles people = new CohortProfiles(7);
    private final List<Mentee> mentees = people.mentees(300);
    private final List<MentorCandidate> mentors = people.mentors(150);
    /** Every fifth mentor has a mentee already. */
    private final LongToIntFunction active = id -> id % 5 == 0 ? 1 : 0;

    @Test
    void noMentorOverCapacityNoMenteeTwiceNoPairBreaksAMust() {
        CohortAssignment assignment = assign(request());

        Map<Long, Long> perMentor = assignment.pairs().stream()
                .collect(Collectors.groupingBy(CohortPair::mentorAccountId, Collectors.counting()));
        Map<Long, MentorCandidate> byId = byId(mentors);
        perMentor.forEach((mentor, count) -> assertThat(count)
                .isLessThanOrEqualTo(byId.get(mentor).capacity() - active.applyAsInt(mentor)));
        assertThat(assignment.pairs().stream().map(CohortPair::menteeAccountId).distinct().count())
                .isEqualTo(assignment.pairs().size());
        Map<Long, Mentee> menteesById = mentees.stream().collect(Collectors.toMap(Mentee::accountId, m -> m));
        assignment.pairs().forEach(pair -> assertThat(CohortProfiles.NEW_HIRE.whyExcluded(
                menteesById.get(pair.menteeAccountId()), byId.get(pair.mentorAccountId()), Set.of())).isNull());
        assertThat(assignment.pairs().size() + assignment.unmatched().size()).isEqualTo(mentees.size());
        assertThat(assignment.scoreDistribution().stream().mapToInt(Integer::intValue).sum()).isEqualTo(assignment.pairs().size());
    }

    @Test
    void aRerunKeepsTheLockedPairsAndNeverProposesARemovedOne() {
        CohortAssignment first = assign(request());
        CohortPair removed = first.pairs().get(0);
        // Lock a mentee with the mentor of another pair: the run would not choose it, the manager did.
        CohortPair other = first.pairs().get(1);
        LockedPair locked = new LockedPair(first.pairs().get(2).menteeAccountId(), other.mentorAccountId());

        CohortAssignment rerun = assign(request().rerun(List.of(locked),
                Set.of(new RemovedPair(removed.menteeAccountId(), removed.mentorAccountId()))));

        assertThat(rerun.pairs()).filteredOn(CohortPair::locked).singleElement()
                .satisfies(pair -> assertThat(new LockedPair(pair.menteeAccountId(), pair.mentorAccountId())).isEqualTo(locked));
        assertThat(rerun.pairs()).noneMatch(pair -> pair.menteeAccountId() == removed.menteeAccountId()
                && pair.mentorAccountId() == removed.mentorAccountId());
        long lockedMentorPairs = rerun.pairs().stream().filter(pair -> pair.mentorAccountId() == locked.mentorAccountId()).count();
        assertThat(lockedMentorPairs).isLessThanOrEqualTo(byId(mentors).get(locked.mentorAccountId()).capacity()
                - active.applyAsInt(locked.mentorAccountId()));
    }

    @Test
    void saysWhyAMenteeIsLeftWithoutAMentor() {
        // New-hire rule: a mentor from another site. Everyone drawn on works in Austin, one place in all.
        MentorCandidate austin = MentorCandidate.of(person(1, true, "Austin", 8, 1), CohortProfiles.NOW);
        MentorCandidate fullAustin = MentorCandidate.of(person(2, true, "Austin", 8, 2), CohortProfiles.NOW);
        Mentee fromAustin = Mentee.of(person(10, false, "Austin", 4, 0), CohortProfiles.NOW);
        Mentee fromSeattle = Mentee.of(person(11, false, "Seattle", 4, 0), CohortProfiles.NOW);
        Mentee alsoFromSeattle = Mentee.of(person(12, false, "Seattle", 4, 0), CohortProfiles.NOW);

        CohortAssignment assignment = assign(CohortRequest.of(CohortProfiles.NEW_HIRE,
                List.of(fromAustin, fromSeattle, alsoFromSeattle), List.of(austin, fullAustin), id -> id == 2 ? 2 : 0,
                CohortProfiles::topicName));

        assertThat(assignment.pairs()).extracting(CohortPair::mentorAccountId).containsExactly(1L);
        assertThat(assignment.unmatched()).containsExactlyInAnyOrder(
                new Unmatched(10, Unmatched.Reason.NO_MENTOR_PASSES_MUST_FILTERS),
                new Unmatched(assignment.pairs().get(0).menteeAccountId() == 11 ? 12 : 11, Unmatched.Reason.CAPACITY_USED_UP));
    }

    @Test
    void everyPairHasItsReasonsAndTheBoundIsAtLeastTheTotal() {
        CohortAssignment assignment = assign(request());

        assertThat(assignment.pairs()).allSatisfy(pair -> assertThat(pair.reasons()).isNotEmpty());
        assertThat(assignment.upperBound()).isGreaterThanOrEqualTo(assignment.totalScore());
    }

    @Test
    void progressOnlyGoesForwardAndEndsAtOne() {
        List<Double> reported = new ArrayList<>();

        CohortMatching.assign(request(), reported::add);

        assertThat(reported).isSorted().hasSizeGreaterThan(10);
        assertThat(reported.get(reported.size() - 1)).isEqualTo(1.0);
    }

    private CohortRequest request() {
        return CohortRequest.of(CohortProfiles.NEW_HIRE, mentees, mentors, active, CohortProfiles::topicName);
    }

    private static CohortAssignment assign(CohortRequest request) {
        return CohortMatching.assign(request, fraction -> { });
    }

    private static Map<Long, MentorCandidate> byId(List<MentorCandidate> mentors) {
        Map<Long, MentorCandidate> byId = new HashMap<>();
        mentors.forEach(mentor -> byId.put(mentor.accountId(), mentor));
        return byId;
    }

    private static ParticipantFacts person(long id, boolean mentor, String site, int level, int capacity) {
        return new ParticipantFacts(id, "Person " + id, true, EmployeeType.REGULAR, mentor, !mentor, true, capacity,
                EnumSet.of(Program.NEW_HIRE), "America/Chicago", site, "US", "Cloud", "Operations", level,
                LocalDate.of(2015, 1, 1), Set.of("en"), Set.of(1), Set.of(1), Relation.NONE, null, null, false);
    }
}
