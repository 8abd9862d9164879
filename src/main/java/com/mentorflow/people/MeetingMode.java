package com.mentorflow.people;

public enum MeetingMode {
    IN_PERSON("In person"), VIDEO("Video call"), EITHER("Either");

    private final String label;

    MeetingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
