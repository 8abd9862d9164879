package com.mentorflow.matching.cohort;

import com.mentorflow.people.Program;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** One cohort run: what the program manager chose, how the assignment scored, where its review stands. */
@Entity
@Table(name = "cohort_run")
class CohortRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_run_seq")
    @SequenceGenerator(name = "cohort_run_seq", sequenceName = "cohort_run_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Program program;
    private LocalDate startMonth;
    private String site;
    private String country;
    private String businessLine;
    private String mentorSite;
    private String mentorCountry;
    private String mentorBusinessLine;
    @Enumerated(EnumType.STRING)
    private CohortRunStatus status;
    private String computedBy;
    private Instant computedAt;
    private int menteeCount;
    private int mentorCount;
    private double totalScore;
    private double upperBound;
    private boolean secondApproval;
    private String approver;
    private String note;
    @Version
    private int version;

    protected CohortRun() {
    }

    CohortRun(CohortChoice choice, String computedBy, Instant computedAt, int menteeCount, int mentorCount) {
        this.program = choice.program();
        this.startMonth = choice.startMonth() == null ? null : choice.startMonth().atDay(1);
        this.site = choice.site();
        this.country = choice.country();
        this.businessLine = choice.businessLine();
        this.mentorSite = choice.mentorSite();
        this.mentorCountry = choice.mentorCountry();
        this.mentorBusinessLine = choice.mentorBusinessLine();
        this.status = CohortRunStatus.IN_REVIEW;
        this.computedBy = computedBy;
        this.computedAt = computedAt;
        this.menteeCount = menteeCount;
        this.mentorCount = mentorCount;
    }

    CohortChoice choice() {
        return new CohortChoice(program, startMonth == null ? null : YearMonth.from(startMonth), site, country,
                businessLine, mentorSite, mentorCountry, mentorBusinessLine);
    }

    void scored(double total, double bound) {
        this.totalScore = total;
        this.upperBound = bound;
    }

    void status(CohortRunStatus next) {
        this.status = next;
    }

    void submitted(boolean withSecondApproval) {
        this.secondApproval = withSecondApproval;
    }

    void decided(String approvedBy, String withNote) {
        this.approver = approvedBy;
        this.note = withNote;
    }

    Long id() {
        return id;
    }

    Program program() {
        return program;
    }

    CohortRunStatus status() {
        return status;
    }

    String computedBy() {
        return computedBy;
    }

    Instant computedAt() {
        return computedAt;
    }

    int menteeCount() {
        return menteeCount;
    }

    int mentorCount() {
        return mentorCount;
    }

    double totalScore() {
        return totalScore;
    }

    double upperBound() {
        return upperBound;
    }

    boolean secondApproval() {
        return secondApproval;
    }

    String approver() {
        return approver;
    }
}
