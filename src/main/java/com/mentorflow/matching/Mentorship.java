package com.mentorflow.matching;

import com.mentorflow.people.Program;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mentee and a mentor working together, from an accepted request. */
@Entity
@Table(name = "mentorship")
public class Mentorship {

    public enum Status { ACTIVE, COMPLETED, ENDED_EARLY }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentorship_seq")
    @SequenceGenerator(name = "mentorship_seq", sequenceName = "mentorship_seq", allocationSize = 50)
    private Long id;
    private long requestId;
    private long menteeAccountId;
    private long mentorAccountId;
    @Enumerated(EnumType.STRING)
    private Program program;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int lengthMonths;
    private Instant startedAt;
    private Instant endedAt;
    private String endReason;

    protected Mentorship() {
    }

    Mentorship(MatchRequest request, Instant now) {
        this.requestId = request.getId();
        this.menteeAccountId = request.getMenteeAccountId();
        this.mentorAccountId = request.getMentorAccountId();
        this.program = request.getProgram();
        this.lengthMonths = request.getLengthMonths();
        this.status = Status.ACTIVE;
        this.startedAt = now;
    }

    void end(Status how, String reason, Instant now) {
        this.status = how;
        this.endReason = reason;
        this.endedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
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

    public Status getStatus() {
        return status;
    }

    public int getLengthMonths() {
        return lengthMonths;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }
}
