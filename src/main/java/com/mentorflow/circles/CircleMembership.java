package com.mentorflow.circles;

import com.mentorflow.platform.Sentence;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import com.mentorflow.platform.ConflictException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** One person's place in a circle, from their request to approval, decline or leaving. */
@Entity
@Table(name = "circle_membership")
public class CircleMembership {

    public enum Role {
        MEMBER("Member"), ADVISOR("Advisor");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status { REQUESTED, APPROVED, DECLINED, LEFT }

    /** Asking to join or in the circle: what one person may have at most once per circle. */
    static final Set<Status> CURRENT = EnumSet.of(Status.REQUESTED, Status.APPROVED);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circle_membership_seq")
    @SequenceGenerator(name = "circle_membership_seq", sequenceName = "circle_membership_seq", allocationSize = 50)
    private Long id;
    private long circleId;
    private long accountId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String note;
    private String overrideReason;
    private String declineReason;
    private Instant requestedAt;
    private Instant decidedAt;
    private Instant leftAt;
    @Version
    private int version;

    protected CircleMembership() {
    }

    CircleMembership(long circleId, long accountId, Role role, String note, Instant now) {
        this.circleId = circleId;
        this.accountId = accountId;
        this.role = role;
        this.note = note;
        this.status = Status.REQUESTED;
        this.requestedAt = now;
    }

    static CircleMembership founder(long circleId, long accountId, Role role, Instant now) {
        CircleMembership founder = new CircleMembership(circleId, accountId, role, null, now);
        founder.approve(null, now);
        return founder;
    }

    /** The manager's yes; only a request still waiting can get one. */
    void approve(String override, Instant now) {
        requireRequested();
        status = Status.APPROVED;
        overrideReason = override;
        decidedAt = now;
    }

    /** A no, from the manager, the eligibility rule or the circle's end; only a request still waiting can get one. */
    void decline(String reason, Instant now) {
        requireRequested();
        status = Status.DECLINED;
        declineReason = reason;
        decidedAt = now;
    }

    /** Withdraws a request or leaves the circle; someone declined or gone already has nothing to leave. */
    void leave(Instant now) {
        if (!isCurrent()) {
            throw new ConflictException(Sentence.of("circles.refusal.notInCircle"));
        }
        status = Status.LEFT;
        leftAt = now;
    }

    boolean isCurrent() {
        return CURRENT.contains(status);
    }

    boolean isRequested() {
        return status == Status.REQUESTED;
    }

    boolean isApproved() {
        return status == Status.APPROVED;
    }

    private void requireRequested() {
        if (status != Status.REQUESTED) {
            throw new ConflictException(Sentence.of("circles.refusal.joinRequestAnswered"));
        }
    }

    void forgetNote() {
        note = null;
    }

    public Long getId() {
        return id;
    }

    public long getCircleId() {
        return circleId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Role getRole() {
        return role;
    }

    public Status getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
