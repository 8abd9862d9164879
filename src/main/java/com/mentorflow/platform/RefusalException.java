package com.mentorflow.platform;

import java.util.Locale;

/**
 * A refusal of the domain that a person reads: English in {@link #getMessage()} (the log, and whoever has no
 * language), the reader's language through {@link #message(Locale)}.
 */
public abstract class RefusalException extends RuntimeException {

    private final Sentence sentence;

    protected RefusalException(Sentence sentence) {
        super(sentence.english());
        this.sentence = sentence;
    }

    public String message(Locale reader) {
        return sentence.in(reader);
    }
}
