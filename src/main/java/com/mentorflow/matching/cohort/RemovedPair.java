package com.mentorflow.matching.cohort;

/** A pair the program manager took out: a re-run never proposes it again. */
public record RemovedPair(long menteeAccountId, long mentorAccountId) {
}
