package com.mentorflow.matching.cohort;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One pair of a run: proposed, then published as a request or a mentorship, or removed by the program manager. */
@Entity
@Table(name = "cohort_run_pair")
class CohortRunPair {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_run_pair_seq")
    @SequenceGenerator(name = "cohort_run_pair_seq", sequenceName = "cohort_run_pair_seq", allocationSize = 50)
    private Long id;
    private long runId;
    private long menteeAccountId;
    private long mentorAccountId;
    private double score;
    /** As a match request keeps them ({@code MatchReason.stored}). */
    private String reasons;
    private boolean locked;
    private boolean removed;
    @Enumerated(EnumType.STRING)
    private CohortPairState state;
    private Long matchRequestId;
    private Long mentorshipId;
    private String skippedReason;

    protected CohortRunPair() {
    }

    CohortRunPair(long runId, long menteeAccountId, long mentorAccountId, double score, String reasons, boolean locked) {
        this.runId = runId;
        this.menteeAccountId = menteeAccountId;
        this.mentorAccountId = mentorAccountId;
        this.score = score;
        this.reasons = reasons;
        this.locked = locked;
        this.state = CohortPairState.PROPOSED;
    }

    void lock(boolean lock) {
        this.locked = lock;
    }

    void remove() {
        this.removed = true;
        this.locked = false;
    }

    /** The other pair's mentor, with the score and reasons of the new pair; locked, as the manager chose it. */
    void mentor(long mentor, double newScore, String newReasons) {
        this.mentorAccountId = mentor;
        this.score = newScore;
        this.reasons = newReasons;
        this.locked = true;
    }

    void published(CohortPairState next, Long requestId, Long startedMentorshipId, String whySkipped) {
        this.state = next;
        this.matchRequestId = requestId;
        this.mentorshipId = startedMentorshipId;
        this.skippedReason = whySkipped;
    }

    long menteeAccountId() {
        return menteeAccountId;
    }

    long mentorAccountId() {
        return mentorAccountId;
    }

    double score() {
        return score;
    }

    String reasons() {
        return reasons;
    }

    boolean locked() {
        return locked;
    }

    boolean removed() {
        return removed;
    }

    CohortPairState state() {
        return state;
    }

    Long matchRequestId() {
        return matchRequestId;
    }

    Long mentorshipId() {
        return mentorshipId;
    }

    String skippedReason() {
        return skippedReason;
    }
}
