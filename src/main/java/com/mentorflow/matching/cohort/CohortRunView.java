package com.mentorflow.matching.cohort;

import com.mentorflow.matching.MatchReason;
import java.time.Instant;
import java.util.List;

/** One run as its review page shows it: the choice, the figures, every pair and every mentee left unmatched. */
public record CohortRunView(long runId, CohortChoice choice, CohortRunStatus status, String computedBy,
                            Instant computedAt, int menteeCount, int mentorCount, double totalScore, double upperBound,
                            boolean secondApproval, String approver, List<ReviewPair> pairs,
                            List<UnmatchedMentee> unmatched) {

    public CohortRunView {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }

    /** @param score 0–100 unrounded, as the suggestions score the pair */
    public record ReviewPair(long menteeAccountId, String menteeName, long mentorAccountId, String mentorName,
                             double score, List<MatchReason> reasons, boolean locked, CohortPairState state) {
    }

    public record UnmatchedMentee(long menteeAccountId, String menteeName, Unmatched.Reason reason) {
    }
}
