package com.mentorflow.matching.cohort;

import com.mentorflow.people.Program;
import java.time.Instant;

/** One run in the list of recent runs. */
public record CohortRunSummary(long runId, Program program, CohortRunStatus status, String computedBy,
                               Instant computedAt, int pairs, int unmatched) {
}
