package com.mentorflow.matching.cohort;

import com.mentorflow.matching.MatchReason;
import java.util.List;

/**
 * One mentee with the mentor the cohort assignment gives them.
 *
 * @param score   0–100 unrounded, as the suggestions score the pair (cards show it rounded)
 * @param reasons the strongest reasons first, as keys: the review page says them in its reader's language
 * @param locked  kept by the program manager rather than chosen by this run
 */
public record CohortPair(long menteeAccountId, long mentorAccountId, double score, List<MatchReason> reasons, boolean locked) {
}
