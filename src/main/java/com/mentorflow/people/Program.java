package com.mentorflow.people;

import com.mentorflow.platform.Sentence;
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

    /** The English name, for logs, audit entries and tests; a person reads {@link #label(Locale)}. */
    public String label() {
        return label;
    }

    /** The program's name as the reader reads it (English when {@code reader} is null or not one of ours). */
    public String label(Locale reader) {
        return Texts.text(reader, textKey());
    }

    /** The key of the program's name in i18n/people, for a view's {@code getTranslation} or a form's text helper. */
    public String textKey() {
        return "people.program." + name();
    }

    /** The program's name as a sentence says it, in the reader's language. */
    public Sentence spokenName() {
        return Sentence.of(textKey());
    }

    /** Programs where a mentee is matched with one mentor (circles are groups). */
    public boolean isOneToOne() {
        return this != CIRCLES;
    }
}
