package com.mentorflow.matching.cohort;

import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.IntFunction;

/**
 * Matches a whole cohort at once: the assignment of mentees to mentors with the highest total score under the
 * program's must-filters and rules, each mentor's remaining capacity and one mentor per mentee, around the pairs
 * the program manager locked. Pure (no database), so it is tested and measured without one.
 */
public final class CohortMatching {

    /** Filtering and scoring every pair is most of the work; progress says so. */
    private static final double CANDIDATES_DONE = 0.85;
    private static final double OPTIMISED = 0.97;

    private CohortMatching() {
    }

    /** @param progress told the fraction done (0 to 1), from any thread, never backwards */
    public static CohortAssignment assign(CohortRequest request, DoubleConsumer progress) {
        Progress reporter = new Progress(progress);
        reporter.report(0);
        MentorCandidate[] mentors = request.mentors().toArray(MentorCandidate[]::new);
        Map<Long, Integer> mentorIndex = new HashMap<>();
        int[] places = new int[mentors.length];
        for (int j = 0; j < mentors.length; j++) {
            if (mentorIndex.put(mentors[j].accountId(), j) != null) {
                throw new IllegalArgumentException("Mentor " + mentors[j].accountId() + " is drawn on twice.");
            }
            places[j] = Math.max(0, mentors[j].capacity() - request.activeMentees().applyAsInt(mentors[j].accountId()));
        }
        Map<Long, Mentee> cohort = new HashMap<>();
        for (Mentee mentee : request.mentees()) {
            if (cohort.put(mentee.accountId(), mentee) != null) {
                throw new IllegalArgumentException("Mentee " + mentee.accountId() + " is in the cohort twice.");
            }
        }
        List<CohortPair> pairs = new ArrayList<>();
        double lockedScore = 0;
        Set<Long> lockedMentees = new HashSet<>();
        for (LockedPair lock : request.locked()) {
            Mentee mentee = cohort.get(lock.menteeAccountId());
            Integer j = mentorIndex.get(lock.mentorAccountId());
            if (mentee == null || j == null || !lockedMentees.add(lock.menteeAccountId())) {
                throw new IllegalArgumentException("A locked pair must name a cohort mentee, once, and a mentor drawn on.");
            }
            // Locked whatever the filters say now: the program manager decided; the place is used either way.
            places[j] = Math.max(0, places[j] - 1);
            pairs.add(pair(request, mentee, mentors[j], true));
            lockedScore += pairs.get(pairs.size() - 1).score();
        }
        Mentee[] free = request.mentees().stream().filter(m -> !lockedMentees.contains(m.accountId())).toArray(Mentee[]::new);
        Map<Long, Set<Long>> removed = new HashMap<>();
        request.removed().forEach(pair -> removed.computeIfAbsent(pair.menteeAccountId(), id -> new HashSet<>())
                .add(pair.mentorAccountId()));
        IntFunction<Set<Long>> excluded = i -> exclusions(request, free[i].accountId(), removed);
        // Two passes over every pair: the K best by score, then the K best by score less what their places will
        // likely cost, so mentees who will not get the mentors everyone wants keep mentors they can get.
        Candidates byScore = Candidates.of(request.scorer(), free, mentors, places, excluded,
                request.candidatesPerMentee(), reporter, 0, CANDIDATES_DONE / 2);
        Candidates candidates = Candidates.of(request.scorer(), free, mentors, places, DemandPrices.of(byScore, places),
                excluded, request.candidatesPerMentee(), reporter, CANDIDATES_DONE / 2, CANDIDATES_DONE);
        CapacityMatching matching = CapacityMatching.of(candidates, places);
        reporter.report(OPTIMISED);
        double bound = UpperBound.of(candidates, matching.price, places, request.scorer(), free, mentors, excluded);
        int[] mentorOf = fillLeftoverPlaces(candidates, matching.mentorOf, places);
        List<Unmatched> unmatched = new ArrayList<>();
        double total = lockedScore;
        for (int i = 0; i < free.length; i++) {
            if (mentorOf[i] < 0) {
                unmatched.add(new Unmatched(free[i].accountId(), candidates.anyPasses[i]
                        ? Unmatched.Reason.CAPACITY_USED_UP : Unmatched.Reason.NO_MENTOR_PASSES_MUST_FILTERS));
            } else {
                CohortPair pair = pair(request, free[i], mentors[mentorOf[i]], false);
                pairs.add(pair);
                total += pair.score();
            }
        }
        reporter.report(1);
        return new CohortAssignment(pairs, unmatched, total, lockedScore + bound, candidates.edges());
    }

    private static Set<Long> exclusions(CohortRequest request, long menteeId, Map<Long, Set<Long>> removed) {
        Set<Long> asked = request.alreadyAsked().apply(menteeId);
        Set<Long> out = removed.get(menteeId);
        if (out == null) {
            return asked;
        }
        Set<Long> both = new HashSet<>(asked);
        both.addAll(out);
        return both;
    }

    /**
     * A maximum-weight assignment may leave a mentee out whose only candidates score 0 though a place is free: it
     * costs nothing to give them one, and a mentee with a mentor is better off than without.
     */
    private static int[] fillLeftoverPlaces(Candidates candidates, int[] mentorOf, int[] places) {
        int[] left = places.clone();
        for (int j : mentorOf) {
            if (j >= 0) {
                left[j]--;
            }
        }
        for (int i = 0; i < mentorOf.length; i++) {
            for (int e = 0; mentorOf[i] < 0 && e < candidates.mentors[i].length; e++) {
                int j = candidates.mentors[i][e];
                if (left[j] > 0) {
                    left[j]--;
                    mentorOf[i] = j;
                }
            }
        }
        return mentorOf;
    }

    private static CohortPair pair(CohortRequest request, Mentee mentee, MentorCandidate mentor, boolean locked) {
        return new CohortPair(mentee.accountId(), mentor.accountId(), request.scorer().score(mentee, mentor),
                request.scorer().explain(mentee, mentor, request.topicName()).reasons(), locked);
    }
}
