package com.mentorflow.matching.cohort;

/**
 * How far publishing a run has come, counted by the database: what the review page asks every two seconds while a
 * run is PUBLISHING, instead of reading all its pairs again.
 *
 * @param published the run's pairs no longer PROPOSED (requested or started)
 * @param pairs     the run's pairs (removed ones not counted)
 */
public record PublishingProgress(CohortRunStatus status, long published, long pairs) {
}
