package com.mentorflow.journey;

import com.mentorflow.platform.ExpressionBean;
import com.mentorflow.platform.ProgramCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When things happen in a mentorship's year, for the journey model's timers: module release months come from
 * the catalogue, meeting months and check-in months from configuration, lengths from the program calendar.
 */
@ExpressionBean
@Component("journeyPlan")
public class JourneyPlan {

    private final ProgramCalendar calendar;
    private final LearningModules modules;
    private final List<Integer> meetingMonths;
    private final List<Integer> checkInMonths;
    private final int lengthMonths;
    private final Map<Integer, Integer> releaseMonths = new ConcurrentHashMap<>();
    /** The catalogue's module numbers, read once: every journey start asks, and admins edit modules, not numbers. */
    private volatile List<Integer> moduleNumbers;

    JourneyPlan(ProgramCalendar calendar, LearningModules modules,
                @Value("${mentorflow.journey.meeting-months:0,1,2,4,6,8,10}") List<Integer> meetingMonths,
                @Value("${mentorflow.journey.check-in-months:6,11}") List<Integer> checkInMonths,
                @Value("${mentorflow.journey.length-months:12}") int lengthMonths) {
        this.calendar = calendar;
        this.modules = modules;
        this.meetingMonths = List.copyOf(meetingMonths);
        this.checkInMonths = List.copyOf(checkInMonths);
        this.lengthMonths = lengthMonths;
    }

    /** The catalogue's modules for the new-hire program; the open program has no curriculum. */
    public List<Integer> moduleNumbers(String program) {
        if (!"NEW_HIRE".equals(program)) {
            return List.of();
        }
        List<Integer> numbers = moduleNumbers;
        if (numbers == null) {
            numbers = List.copyOf(modules.numbers());
            moduleNumbers = numbers;
        }
        return numbers;
    }

    /** The modules the catalogue releases in that program month (new-hire program only; usually one or none). */
    public List<Integer> modulesReleasedIn(String program, int month) {
        return moduleNumbers(program).stream().filter(module -> releaseMonth(module) == month).toList();
    }

    public boolean releasesModules(String program, int month) {
        return !modulesReleasedIn(program, month).isEmpty();
    }

    public int releaseMonth(int module) {
        return releaseMonths.computeIfAbsent(module, modules::releaseMonth);
    }

    /** Drops cached module numbers and release months after an admin edited the catalogue. */
    void catalogueChanged() {
        moduleNumbers = null;
        releaseMonths.clear();
    }

    /** Meeting numbers 1..n: the configured months (six or seven a year) that fall within the mentorship. */
    public List<Integer> meetingNumbers(int lengthMonths) {
        return java.util.stream.IntStream.rangeClosed(1, meetingMonths.size())
                .filter(n -> meetingMonths.get(n - 1) < lengthMonths).boxed().toList();
    }

    /** The number of the meeting whose month this is, or 0 when no meeting falls in it. */
    public int meetingIn(int lengthMonths, int month) {
        return meetingNumbers(lengthMonths).stream().filter(meeting -> meetingMonth(meeting) == month).findFirst()
                .orElse(0);
    }

    public int meetingMonth(int meeting) {
        return meetingMonths.get(meeting - 1);
    }

    /** Mid-way and at the end: the configured months for a year, otherwise half-way and the last month. */
    public List<Integer> checkInMonths(int lengthMonths) {
        if (lengthMonths == this.lengthMonths) {
            return checkInMonths;
        }
        return java.util.stream.Stream.of(lengthMonths / 2, lengthMonths - 1).distinct().toList();
    }

    /**
     * The journey's month loop ticks on until "Year complete" stops it, so a month at or past the length can open
     * (when its timer runs before the year's): nothing falls in it, whatever months are configured.
     */
    public boolean checkInIn(int lengthMonths, int month) {
        return month < lengthMonths && checkInMonths(lengthMonths).contains(month);
    }

    public String length(int lengthMonths) {
        return calendar.months(lengthMonths);
    }

    /**
     * When a round opened in that month is due: when the month ends, one program month after it opens, as the
     * journey model's {@code camunda:dueDate} dates its task (and Timer_ModuleOverdue reminds about a module).
     */
    Instant dueAfter(Instant start, int month) {
        return after(start, month + 1);
    }

    /** The instant that many program months after the start, as the model's timers count them. */
    Instant after(Instant start, int months) {
        return start.plus(Duration.parse(calendar.months(months)));
    }
}
