package com.mentorflow.platform;

/** The signed-in person may not do this; nothing was changed. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
