package com.mentorflow.circles;

public enum CircleMeetingKind {
    EDUCATION("Education", "study a topic or learn a skill"),
    EXPERIENCE("Experience", "members share situations");

    private final String label;
    private final String explanation;

    CircleMeetingKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
