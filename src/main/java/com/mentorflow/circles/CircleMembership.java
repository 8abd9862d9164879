package com.mentorflow.circles;

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

    void approve(String override, Instant now) {
        status = Status.APPROVED;
        overrideReason = override;
        decidedAt = now;
    }

    void decline(String reason, Instant now) {
        status = Status.DECLINED;
        declineReason = reason;
        decidedAt = now;
    }

    void leave(Instant now) {
        status = Status.LEFT;
        leftAt = now;
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
