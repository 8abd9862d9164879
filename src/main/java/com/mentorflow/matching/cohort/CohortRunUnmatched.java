package com.mentorflow.matching.cohort;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A mentee of a run left without a mentor, and why. */
@Entity
@Table(name = "cohort_run_unmatched")
class CohortRunUnmatched {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_run_unmatched_seq")
    @SequenceGenerator(name = "cohort_run_unmatched_seq", sequenceName = "cohort_run_unmatched_seq", allocationSize = 50)
    private Long id;
    private long runId;
    private long menteeAccountId;
    @Enumerated(EnumType.STRING)
    private Unmatched.Reason reason;

    protected CohortRunUnmatched() {
    }

    CohortRunUnmatched(long runId, long menteeAccountId, Unmatched.Reason reason) {
        this.runId = runId;
        this.menteeAccountId = menteeAccountId;
        this.reason = reason;
    }

    long menteeAccountId() {
        return menteeAccountId;
    }

    Unmatched.Reason reason() {
        return reason;
    }
}
