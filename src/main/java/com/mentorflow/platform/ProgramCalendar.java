package com.mentorflow.platform;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The one place BPMN timers read durations from, e.g. {@code ${programCalendar.month}} or
 * {@code ${programCalendar.months(6)}}. Every getter answers an ISO-8601 duration string, the form
 * Camunda's timer definitions take.
 */
@ExpressionBean
@Component("programCalendar")
public class ProgramCalendar {

    private final ProgramCalendarProperties properties;

    ProgramCalendar(ProgramCalendarProperties properties) {
        this.properties = properties;
    }

    public String getDay() {
        return iso(properties.day());
    }

    public String getWeek() {
        return iso(properties.week());
    }

    public String getMonth() {
        return iso(properties.month());
    }

    public String months(int count) {
        return iso(properties.month().multipliedBy(count));
    }

    public String weeks(int count) {
        return iso(properties.week().multipliedBy(count));
    }

    public String days(int count) {
        return iso(properties.day().multipliedBy(count));
    }

    /** How long a new participant's profile task waits before the reminder mail goes out. */
    public String getProfileReminder() {
        return iso(properties.profileReminder());
    }

    /** How long a mentor's review waits before each of its (at most two) reminders. */
    public String getReviewReminder() {
        return iso(properties.reviewReminder());
    }

    /** How long a match request waits for the mentor before it expires. */
    public String getRequestExpiry() {
        return iso(properties.requestExpiry());
    }

    /** The due date of a review task: when its request expires, by the engine's clock (tests move it). */
    public java.util.Date getRequestExpiryDue() {
        return java.util.Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                .plus(properties.requestExpiry()));
    }

    public Duration requestExpiry() {
        return properties.requestExpiry();
    }

    public Duration profileReminder() {
        return properties.profileReminder();
    }

    private static String iso(Duration duration) {
        return duration.toString();
    }
}
