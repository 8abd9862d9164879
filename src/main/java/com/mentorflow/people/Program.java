package com.mentorflow.people;

import com.mentorflow.platform.Sentence;

/** The mentoring programs a person can join. */
public enum Program {
    NEW_HIRE("New-hire year-one program"),
    OPEN("Open mentoring"),
    CIRCLES("Circles");

    private final String label;

    Program(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The program's name as a sentence says it, in the reader's language. */
    public Sentence spokenName() {
        return Sentence.of("people.program." + name());
    }

    /** Programs where a mentee is matched with one mentor (circles are groups). */
    public boolean isOneToOne() {
        return this != CIRCLES;
    }
}
