package com.mentorflow.platform;

/** The thing acted on changed or disappeared in the meantime (e.g. a task completed elsewhere). */
public class ConflictException extends RefusalException {

    public ConflictException(Sentence sentence) {
        super(sentence);
    }

    /** Words that have no key (see {@link Sentence#asIs}). */
    public ConflictException(String message) {
        this(Sentence.asIs(message));
    }
}
