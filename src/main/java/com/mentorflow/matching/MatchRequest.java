package com.mentorflow.matching;

import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A mentee's request to one mentor. Its status moves only through the steps of match-request.bpmn
 * ({@link MatchRequestSteps}, {@link MatchRequestAcceptance}); each step refuses a request that is closed already.
 */
@Entity
@Table(name = "match_request")
public class MatchRequest {

    public enum Status {
        PENDING_APPROVAL("Waiting for a program manager"), PENDING("Waiting for the mentor"), ACCEPTED("Accepted"),
        DECLINED("Declined"), WITHDRAWN("Withdrawn"), EXPIRED("Expired"), REJECTED("Not approved");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static final Set<Status> OPEN = EnumSet.of(PENDING_APPROVAL, PENDING);

        public boolean isOpen() {
            return OPEN.contains(this);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_request_seq")
    @SequenceGenerator(name = "match_request_seq", sequenceName = "match_request_seq", allocationSize = 50)
    private Long id;
    private long menteeAccountId;
    private long mentorAccountId;
    @Enumerated(EnumType.STRING)
    private Program program;
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private Integer score;
    /** The match reasons at the time of the request, one per line, for the mentor's review ({@link MatchReason#stored}). */
    private String reasons;
    private String approvalReason;
    private String decisionReason;
    private String decisionText;
    private int lengthMonths = 12;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant closedAt;
    @Version
    private int version;

    protected MatchRequest() {
    }

    MatchRequest(long menteeAccountId, long mentorAccountId, Program program, String note, int lengthMonths, Integer score,
                 String reasons, Instant now) {
        this.lengthMonths = lengthMonths;
        this.menteeAccountId = menteeAccountId;
        this.mentorAccountId = mentorAccountId;
        this.program = program;
        this.note = note;
        this.score = score;
        this.reasons = reasons;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    /** A step of the process on a closed request: another step (withdrawal, expiry, answer) came first. */
    MatchRequest requireOpen() {
        if (!status.isOpen()) {
            throw new ConflictException(decisionReason == null ? Sentence.of("matching.refusal.requestClosed", statusWord())
                    : Sentence.of("matching.refusal.requestClosedBecause", statusWord(), decisionReason));
        }
        return this;
    }

    /** The mentee's withdrawal: only an open request can be taken back. */
    void requireWithdrawable() {
        if (!status.isOpen()) {
            throw new ConflictException(Sentence.of("matching.refusal.requestIsAlready", statusWord()));
        }
    }

    /** The status as a refusal names it: "This request is <u>withdrawn</u> already." */
    Sentence statusWord() {
        return Sentence.of("matching.refusal.status." + status.name());
    }

    void needsApproval(String reason, Instant now) {
        requireOpen();
        this.approvalReason = reason;
        moveTo(Status.PENDING_APPROVAL, now);
    }

    void openForReview(Instant expires, Instant now) {
        requireOpen();
        this.expiresAt = expires;
        moveTo(Status.PENDING, now);
    }

    void reject(String reason, Instant now) {
        requireOpen();
        decided("not approved", reason);
        moveTo(Status.REJECTED, now);
    }

    void expire(Instant now) {
        requireOpen();
        moveTo(Status.EXPIRED, now);
    }

    void withdraw(String reason, Instant now) {
        requireOpen();
        decided(reason, null);
        moveTo(Status.WITHDRAWN, now);
    }

    void decline(String reason, String text, Instant now) {
        requireOpen();
        decided(reason, text);
        moveTo(Status.DECLINED, now);
    }

    void accept(Instant now) {
        requireOpen();
        moveTo(Status.ACCEPTED, now);
    }

    private void moveTo(Status next, Instant now) {
        this.status = next;
        if (!next.isOpen()) {
            this.closedAt = now;
        }
    }

    private void decided(String reason, String text) {
        this.decisionReason = reason;
        this.decisionText = text;
    }

    public Long getId() {
        return id;
    }

    public long getMenteeAccountId() {
        return menteeAccountId;
    }

    public long getMentorAccountId() {
        return mentorAccountId;
    }

    public Program getProgram() {
        return program;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public Integer getScore() {
        return score;
    }

    public String getReasons() {
        return reasons;
    }

    public String getApprovalReason() {
        return approvalReason;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecisionText() {
        return decisionText;
    }

    /** How long the mentorship runs once accepted (the new-hire program: always 12). */
    public int getLengthMonths() {
        return lengthMonths;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
