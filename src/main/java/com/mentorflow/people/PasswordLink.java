package com.mentorflow.people;

import com.mentorflow.platform.Sentence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A mailed link to set a password, known here only by the SHA-256 of its token. It works once and until it
 * expires; a newer link for the same person closes the older ones.
 */
@Entity
@Table(name = "password_link")
class PasswordLink {

    enum Purpose {
        /** For a directory entry without an account: using it creates the account. */
        INVITATION,
        /** "Forgot password?": for an existing account. */
        RESET
    }

    /** Why a link cannot be used, in words for the person who clicked it (people.password.refusal.*). */
    enum Refusal {
        UNKNOWN, USED, EXPIRED, GONE;

        /** In English, as the audit log and the tests read it. */
        final String sentence = sentence().english();

        Sentence sentence() {
            return Sentence.of("people.password.refusal." + name());
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_link_seq")
    @SequenceGenerator(name = "password_link_seq", sequenceName = "password_link_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    private String employeeId;
    private Long accountId;

    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant expiresAt;
    private Instant closedAt;

    protected PasswordLink() {
    }

    private PasswordLink(String tokenHash, Purpose purpose, String employeeId, Long accountId, String createdBy,
                         Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.employeeId = employeeId;
        this.accountId = accountId;
        this.createdBy = createdBy;
        // PostgreSQL keeps microseconds and rounds the rest, which could move the end a few hundred nanoseconds later.
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.expiresAt = expiresAt.truncatedTo(ChronoUnit.MICROS);
    }

    static PasswordLink invitation(String tokenHash, String employeeId, String createdBy, Instant now, Instant expiresAt) {
        return new PasswordLink(tokenHash, Purpose.INVITATION, employeeId, null, createdBy, now, expiresAt);
    }

    static PasswordLink reset(String tokenHash, long accountId, Instant now, Instant expiresAt) {
        return new PasswordLink(tokenHash, Purpose.RESET, null, accountId, "forgot-password", now, expiresAt);
    }

    /** Null when the link may be used now. */
    Refusal refusalAt(Instant now) {
        if (closedAt != null) {
            return Refusal.USED;
        }
        return now.isBefore(expiresAt) ? null : Refusal.EXPIRED;
    }

    /** Used, or replaced by a newer link. */
    void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    Long getId() {
        return id;
    }

    Purpose getPurpose() {
        return purpose;
    }

    String getEmployeeId() {
        return employeeId;
    }

    Long getAccountId() {
        return accountId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
