package com.mentorflow.platform;

/** What was asked for does not exist, or not for the signed-in person: the API answers 404. */
public class NotFoundException extends RefusalException {

    public NotFoundException(Sentence sentence) {
        super(sentence);
    }

    /** Words that have no key (see {@link Sentence#asIs}). */
    public NotFoundException(String message) {
        this(Sentence.asIs(message));
    }
}
