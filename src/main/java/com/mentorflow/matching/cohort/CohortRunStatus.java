package com.mentorflow.matching.cohort;

/** Where a cohort run stands: only a run in review may be edited or re-run. */
public enum CohortRunStatus {
    IN_REVIEW, AWAITING_APPROVAL, PUBLISHING, PUBLISHED, DISCARDED
}
