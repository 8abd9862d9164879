package com.mentorflow.circles;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.Sentence;

/**
 * Where a circle is in its life. A {@link Circle} moves from one to the next; what a status still allows (people
 * joining, leaving, a hand-over) is asked here, and refused with a sentence, so no service compares status values itself.
 */
public enum CircleStatus {
    PROPOSED("Proposed"), RECRUITING("Recruiting"), ACTIVE("Active"), RENEWAL_PENDING("Renewal pending"),
    EXTENDED("Extended"), DISBANDED("Disbanded"), EXPIRED("Expired"), CANCELLED("Cancelled");

    private final String label;

    CircleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** People may still ask to join, and the circle still changes. */
    public boolean isOpen() {
        return this != DISBANDED && this != EXPIRED && this != CANCELLED;
    }

    public boolean isRunning() {
        return this == ACTIVE || this == RENEWAL_PENDING || this == EXTENDED;
    }

    /** Asking to join needs a circle that still takes people. */
    void checkTakesPeople() {
        if (!isOpen()) {
            throw new ConflictException(Sentence.of("circles.refusal.takesNoPeople", word()));
        }
    }

    void checkCanCancel() {
        if (!isOpen()) {
            throw new ConflictException(Sentence.of("circles.refusal.isAlready", word()));
        }
    }

    void checkCanHandOver() {
        if (!isOpen()) {
            throw new ConflictException(Sentence.of("circles.refusal.isStatus", word()));
        }
    }

    void checkCanLeave() {
        if (!isOpen()) {
            throw new ConflictException(Sentence.of("circles.refusal.nothingToLeave"));
        }
    }

    /** The status as a refusal names it: "This circle is <u>cancelled</u> already." */
    Sentence word() {
        return Sentence.of("circles.refusal.status." + name());
    }
}
