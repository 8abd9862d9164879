package com.mentorflow.people;

import com.mentorflow.platform.Texts;
import java.util.Locale;

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

    /** The program's name in a reader's language, e.g. in the header of a mail to them. */
    public String label(Locale reader) {
        return Texts.text(reader, "people.program." + name());
    }

    /** Programs where a mentee is matched with one mentor (circles are groups). */
    public boolean isOneToOne() {
        return this != CIRCLES;
    }
}
