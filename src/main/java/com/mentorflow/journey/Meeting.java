package com.mentorflow.journey;

import java.time.Instant;

/**
 * One meeting of a mentorship as recorded: planned (time, length, place) and then logged (held or missed, what was
 * said). Fields not set yet are null; {@code privateNotes} is null too for anyone outside the pair.
 */
public record Meeting(int number, Instant scheduledAt, Integer durationMinutes, String place, Boolean held, String topics,
                      String actionItems, String privateNotes) {

    public boolean logged() {
        return held != null;
    }

    public boolean planned() {
        return scheduledAt != null;
    }
}
