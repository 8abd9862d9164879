package com.mentorflow.matching.cohort;

import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import com.mentorflow.matching.PairScorer;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.LongToIntFunction;

/**
 * Everything one run of cohort matching weighs.
 *
 * @param scorer              the program's must-filters, rules and weights
 * @param mentees             the cohort: mentees without a mentor
 * @param mentors             the mentors to draw on
 * @param activeMentees       how many mentees each mentor has now: their remaining capacity is what is left
 * @param alreadyAsked        per mentee, the mentors they have an open or declined request with
 * @param locked              pairs kept from an earlier run; assigned first, whatever their score
 * @param removed             pairs the program manager took out
 * @param candidatesPerMentee how many of their best-scoring mentors each mentee is weighed with (see {@link Candidates})
 * @param topicName           a goal topic's name, for the reasons
 */
public record CohortRequest(PairScorer scorer, List<Mentee> mentees, List<MentorCandidate> mentors,
                            LongToIntFunction activeMentees, LongFunction<Set<Long>> alreadyAsked, List<LockedPair> locked,
                            Set<RemovedPair> removed, int candidatesPerMentee, IntFunction<String> topicName) {

    /** Measured on 300×300 cohorts against the exact optimum and at 10,000×20,000 against the dual bound. */
    public static final int DEFAULT_CANDIDATES_PER_MENTEE = 24;

    public CohortRequest {
        if (candidatesPerMentee < 1) {
            throw new IllegalArgumentException("Weigh each mentee with at least one mentor.");
        }
        mentees = List.copyOf(mentees);
        mentors = List.copyOf(mentors);
        locked = List.copyOf(locked);
        removed = Set.copyOf(removed);
    }

    /** A first run: nothing locked or removed, nobody asked yet, the default number of candidates. */
    public static CohortRequest of(PairScorer scorer, List<Mentee> mentees, List<MentorCandidate> mentors,
                                   LongToIntFunction activeMentees, IntFunction<String> topicName) {
        return new CohortRequest(scorer, mentees, mentors, activeMentees, id -> Set.of(), List.of(), Set.of(),
                DEFAULT_CANDIDATES_PER_MENTEE, topicName);
    }

    public CohortRequest withCandidatesPerMentee(int k) {
        return new CohortRequest(scorer, mentees, mentors, activeMentees, alreadyAsked, locked, removed, k, topicName);
    }

    /** The same cohort again around the pairs the program manager locked and without those removed. */
    public CohortRequest rerun(List<LockedPair> lockedPairs, Set<RemovedPair> removedPairs) {
        return new CohortRequest(scorer, mentees, mentors, activeMentees, alreadyAsked, lockedPairs, removedPairs,
                candidatesPerMentee, topicName);
    }
}
