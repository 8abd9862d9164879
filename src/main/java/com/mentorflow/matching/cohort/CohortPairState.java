package com.mentorflow.matching.cohort;

/**
 * What became of one proposed pair. A published request's answer is read from the request itself: REQUESTED
 * reads as CONFIRMED or DECLINED once the mentor answered (see {@link CohortRunRecords}).
 */
public enum CohortPairState {
    PROPOSED, REQUESTED, CONFIRMED, DECLINED, MENTORSHIP_STARTED
}
