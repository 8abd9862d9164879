package com.mentorflow.matching.cohort;

/** A pair the program manager keeps: a re-run assigns everyone else around it, using up one place of the mentor's. */
public record LockedPair(long menteeAccountId, long mentorAccountId) {
}
