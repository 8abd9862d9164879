package com.mentorflow.matching.cohort;

import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints, does not assert: one cohort matched in full, 10,000 mentees × 20,000 mentors by default
 * (-Dbench.cohort.mentees, -Dbench.cohort.mentors), once with every mentor free and once with places scarce
 * (and that again with more candidates, for a reference bound), with the wall time, the candidate edges, the heap, the total
 * score, the LP dual bound and the gap between them. Every size is read back from what was matched.
 * {@code ./mvnw verify -Pbench -Dtest=CohortAssignmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("bench")
class CohortAssignmentBenchmark {

    @Test
    void matchACohort() {
        int menteeCount = Integer.getInteger("bench.cohort.mentees", 10_000);
        int mentorCount = Integer.getInteger("bench.cohort.mentors", 20_000);
        CohortProfiles people = new CohortProfiles(2026);
        List<Mentee> mentees = people.mentees(menteeCount);
        List<MentorCandidate> mentors = people.mentors(mentorCount);
        run("every mentor free", CohortRequest.of(CohortProfiles.NEW_HIRE, mentees, mentors, id -> 0,
                CohortProfiles::topicName));
        // Places scarce: seven mentors in ten already at capacity, so mentees compete and some go without.
        Map<Long, Integer> busy = new HashMap<>();
        Random random = new Random(17);
        mentors.forEach(mentor -> busy.put(mentor.accountId(), random.nextInt(10) < 7 ? mentor.capacity() : 0));
        CohortRequest scarce = CohortRequest.of(CohortProfiles.NEW_HIRE, mentees, mentors, busy::get,
                CohortProfiles::topicName);
        CohortAssignment assignment = run("7 in 10 mentors full", scarce);
        // Competing mentees make the bound from 24 candidates loose; more candidates give better prices, hence a
        // tighter bound for the same problem. Both bounds hold, so the lower one is the gap's measure.
        int more = Integer.getInteger("bench.cohort.reference-candidates", 60);
        CohortAssignment reference = run("7 in 10 mentors full, reference with " + more + " candidates a mentee",
                scarce.withCandidatesPerMentee(more));
        double bound = Math.min(assignment.upperBound(), reference.upperBound());
        System.out.printf("BENCH cohort matching, 7 in 10 mentors full: total %.1f with %d candidates a mentee, lowest "
                        + "bound of both runs %.1f, gap %.3f%%%n", assignment.totalScore(), scarce.candidatesPerMentee(),
                bound, 100 * (bound - assignment.totalScore()) / bound);
    }

    private static CohortAssignment run(String scenario, CohortRequest request) {
        int places = request.mentors().stream()
                .mapToInt(mentor -> mentor.capacity() - request.activeMentees().applyAsInt(mentor.accountId())).sum();

        System.gc();
        long heapBefore = heapUsed();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicInteger updates = new AtomicInteger();
        AtomicLong scoredAt = new AtomicLong();
        long start = System.nanoTime();
        CohortAssignment assignment = CohortMatching.assign(request, fraction -> {
            updates.incrementAndGet();
            // CohortMatching reports 85% when every pair is filtered and scored.
            if (fraction >= 0.85 && scoredAt.get() == 0) {
                scoredAt.set(System.nanoTime());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = heapUsed() - heapBefore;

        System.out.printf("%nBENCH cohort matching, %s: %d mentees x %d mentors (%d places left), %d cores, max heap %d MB%n",
                scenario, request.mentees().size(), request.mentors().size(), places, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("BENCH cohort matching: %.1f s wall (filtering and scoring every pair %.1f s, optimisation, bound and reasons %.1f s), "
                        + "%d progress updates%n", seconds, (scoredAt.get() - start) / 1e9,
                (start + (long) (seconds * 1e9) - scoredAt.get()) / 1e9, updates.get());
        System.out.printf("BENCH cohort matching: %d candidate edges (at most %d per mentee)%n",
                assignment.candidateEdges(), request.candidatesPerMentee());
        System.out.printf("BENCH cohort matching: heap peak during the run %d MB (sum of the heap pools' peaks, garbage "
                + "included), retained by the result %d MB%n", peak >> 20, retained >> 20);
        System.out.printf("BENCH cohort matching: %d pairs, %d unmatched (%d no mentor passes the must-filters, "
                        + "%d capacity used up)%n", assignment.pairs().size(), assignment.unmatched().size(),
                assignment.unmatchedBecause(Unmatched.Reason.NO_MENTOR_PASSES_MUST_FILTERS),
                assignment.unmatchedBecause(Unmatched.Reason.CAPACITY_USED_UP));
        System.out.printf("BENCH cohort matching: total score %.1f, upper bound (LP dual) %.1f, gap %.3f%%%n",
                assignment.totalScore(), assignment.upperBound(), assignment.gapPercent());
        System.out.printf("BENCH cohort matching: score distribution by tens %s%n", assignment.scoreDistribution());
        return assignment;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
