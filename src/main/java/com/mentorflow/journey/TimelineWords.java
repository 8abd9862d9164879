package com.mentorflow.journey;

import com.mentorflow.journey.JourneyTimeline.Item;
import com.mentorflow.journey.JourneyTimeline.Kind;
import com.mentorflow.journey.JourneyTimeline.State;
import com.mentorflow.platform.Times;

/**
 * What My mentorship says about the year's items and tracks, in one place so the words move onto message bundles
 * together. Dates read in the reader's zone and language ({@link Times}).
 */
final class TimelineWords {

    private TimelineWords() {
    }

    /** "Done", "Due 31 Dec 2026", "Overdue since 30 Nov 2026" or, for what is still to come, the day it opens. */
    static String badge(Item item, Times times) {
        return switch (item.state()) {
            case DONE -> "Done";
            case DUE_NOW -> "Due " + times.date(item.due());
            case OVERDUE -> "Overdue since " + times.date(item.due());
            case UPCOMING -> times.date(item.when());
        };
    }

    /** Lumo's badge themes: green for done, red for overdue, blue for due now, grey for later. */
    static String badgeTheme(State state) {
        return switch (state) {
            case DONE -> "badge success";
            case DUE_NOW -> "badge";
            case OVERDUE -> "badge error";
            case UPCOMING -> "badge contrast";
        };
    }

    static String track(Kind kind) {
        return switch (kind) {
            case MODULE -> "Modules";
            case MEETING -> "Meetings";
            case CHECK_IN -> "Check-ins";
            case END -> "The year";
        };
    }

    /** The year's picture for screen readers, one track at a time: "Meetings: 3 of 7 logged, 1 overdue". */
    static String trackSummary(Kind kind, long done, int total, long overdue) {
        String verb = switch (kind) {
            case MODULE -> "completed";
            case MEETING -> "logged";
            case CHECK_IN -> "answered";
            case END -> "done";
        };
        return track(kind) + ": " + done + " of " + total + " " + verb + (overdue == 0 ? "" : ", " + overdue + " overdue");
    }

    static String progressLabel() {
        return "Your year so far";
    }

    /** The picture's key, for sighted readers (the tracks' labels already say it all to a screen reader). */
    static String legend(State state) {
        return switch (state) {
            case DONE -> "done";
            case DUE_NOW -> "due now";
            case OVERDUE -> "overdue";
            case UPCOMING -> "still to come";
        };
    }
}
