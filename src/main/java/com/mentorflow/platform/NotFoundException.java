package com.mentorflow.platform;

/** What was asked for does not exist, or not for the signed-in person: the API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
