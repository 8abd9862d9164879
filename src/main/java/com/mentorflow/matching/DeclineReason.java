package com.mentorflow.matching;

/** Why a mentor declines, as the mentee reads it. */
public enum DeclineReason {
    NO_TIME("I can't take on another mentee right now"),
    NOT_A_FIT("My experience doesn't fit these goals"),
    TIMING("The timing doesn't work for me"),
    OTHER("Another reason");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
