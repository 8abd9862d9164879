package com.mentorflow.people;

/** A person's profile or account changed (including erasure); listeners refresh what they derived from it. */
public record ProfileChanged(long accountId) {
}
