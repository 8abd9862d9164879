package com.mentorflow.platform;

/** The signed-in person may not do this; nothing was changed. */
public class NotPermittedException extends RefusalException {

    public NotPermittedException(Sentence sentence) {
        super(sentence);
    }

    /** Words that have no key (see {@link Sentence#asIs}). */
    public NotPermittedException(String message) {
        this(Sentence.asIs(message));
    }
}
