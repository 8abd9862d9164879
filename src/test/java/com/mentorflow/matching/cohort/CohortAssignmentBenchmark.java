package com.mentorflow.matching.cohort;

import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints, does not assert: one cohort matched in full, 10,000 mentees × 20,000 mentors by default
 * (-Dbench.cohort.mentees, -Dbench.cohort.mentors), with the wall time, the candidate edges, the heap, the total
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
        CohortRequest request = CohortRequest.of(CohortProfiles.NEW_HIRE, mentees, mentors, id -> 0,
                CohortProfiles::topicName);
        int places = request.mentors().stream().mapToInt(MentorCandidate::capacity).sum();

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
            if (fraction >= 0.85 && scoredAt.get() == 0) {
                scoredAt.set(System.nanoTime());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = heapUsed() - heapBefore;

        System.out.printf("%nBENCH cohort matching: %d mentees x %d mentors (%d places), %d cores, max heap %d MB%n",
                request.mentees().size(), request.mentors().size(), places, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("BENCH cohort matching: %.1f s wall (filtering and scoring every pair %.1f s, assignment %.1f s), "
                        + "%d progress updates%n", seconds, (scoredAt.get() - start) / 1e9,
                (System.nanoTime() - scoredAt.get()) / 1e9 - 0, updates.get());
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
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
