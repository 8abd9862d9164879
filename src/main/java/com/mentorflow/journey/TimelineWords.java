package com.mentorflow.journey;

import com.mentorflow.journey.JourneyTimeline.Item;
import com.mentorflow.journey.JourneyTimeline.Kind;
import com.mentorflow.journey.JourneyTimeline.State;
import com.mentorflow.platform.Texts;
import com.mentorflow.platform.Times;
import java.util.Locale;

/**
 * What My mentorship says about the year's items and tracks, in one place so the words move onto message bundles
 * together. Dates read in the reader's zone and language ({@link Times}).
 */
final class TimelineWords {

    private TimelineWords() {
    }

    /** "Done", "Due 31 Dec 2026", "Overdue since 30 Nov 2026" or, for what is still to come, the day it opens. */
    static String badge(Item item, Times times) {
        Locale reader = times.locale();
        return switch (item.state()) {
            case DONE -> Texts.text(reader, "journey.timeline.badge.done");
            case DUE_NOW -> Texts.text(reader, "journey.timeline.badge.due", times.date(item.due()));
            case OVERDUE -> Texts.text(reader, "journey.timeline.badge.overdue", times.date(item.due()));
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

    static String track(Kind kind, Locale reader) {
        return Texts.text(reader, "journey.timeline.track." + kind.name());
    }

    /** The year's picture for screen readers, one track at a time: "Meetings: 3 of 7 logged, 1 overdue". */
    static String trackSummary(Kind kind, long done, int total, long overdue, Locale reader) {
        String summary = Texts.text(reader, "journey.timeline.summary." + kind.name(), done, total);
        return overdue == 0 ? summary : Texts.text(reader, "journey.timeline.summary.withOverdue", summary, overdue);
    }

    static String progressLabel(Locale reader) {
        return Texts.text(reader, "journey.timeline.progressLabel");
    }

    /** The picture's key, for sighted readers (the tracks' labels already say it all to a screen reader). */
    static String legend(State state, Locale reader) {
        return Texts.text(reader, "journey.timeline.legend." + state.name());
    }
}
