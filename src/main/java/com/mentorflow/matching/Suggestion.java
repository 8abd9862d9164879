package com.mentorflow.matching;

import java.util.List;

/**
 * One suggested mentor as the mentee sees it.
 *
 * @param score   0–100, the weighted share of the criteria this mentor meets
 * @param reasons the strongest reasons first, each read in the reader's language ({@link MatchReason#in})
 */
public record Suggestion(long mentorAccountId, String name, String role, String site, int score, List<MatchReason> reasons,
                         boolean bookmarked) {
}
