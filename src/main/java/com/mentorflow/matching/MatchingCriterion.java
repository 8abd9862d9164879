package com.mentorflow.matching;

/** What a suggestion's score is made of; each has a weight per program, set by admins. */
public enum MatchingCriterion {
    MILITARY_BRANCH("Same military branch"),
    MILITARY_BACKGROUND("Military background"),
    TRANSITION("Transition experience"),
    BUSINESS_LINE("Same business line"),
    JOB_FAMILY("Same job family"),
    LEVEL_GAP("Level gap"),
    TIME_ZONE("Time-zone overlap"),
    LANGUAGE("Shared language"),
    GOALS("Goals matched by strengths"),
    TENURE("Tenure");

    private final String label;

    MatchingCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A reason from this criterion tells the reader something of the other person's military background. */
    public boolean revealsMilitary() {
        return this == MILITARY_BRANCH || this == MILITARY_BACKGROUND || this == TRANSITION;
    }
}
