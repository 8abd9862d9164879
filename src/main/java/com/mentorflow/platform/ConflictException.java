package com.mentorflow.platform;

/** The thing acted on changed or disappeared in the meantime (e.g. a task completed elsewhere). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
