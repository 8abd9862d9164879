package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.journey.JourneyTimeline.Item;
import com.mentorflow.journey.JourneyTimeline.Kind;
import com.mentorflow.journey.JourneyTimeline.State;
import com.mentorflow.platform.Times;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 16 §4: the timeline's badges say due or overdue since which day, the day as the reader's calendar has it. */
class TimelineWordsTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T23:30:00Z");
    private static final Instant DUE = Instant.parse("2026-12-31T23:30:00Z");
    private static final Times BERLIN = new Times(ZoneId.of("Europe/Berlin"), Locale.UK);
    private static final Times CHICAGO = new Times(ZoneId.of("America/Chicago"), Locale.UK);

    @Test
    void anOverdueRoundSaysSinceWhenInTheReadersZone() {
        Item meeting = new Item(Kind.MEETING, OPENS, DUE, "Meeting 1 with Ben", State.OVERDUE, "");

        assertThat(TimelineWords.badge(meeting, BERLIN)).isEqualTo("Overdue since 1 Jan 2027");
        assertThat(TimelineWords.badge(meeting, CHICAGO)).isEqualTo("Overdue since 31 Dec 2026");
        assertThat(TimelineWords.badgeTheme(State.OVERDUE)).isEqualTo("badge error");
    }

    @Test
    void aRoundDueNowSaysByWhenAndOneToComeWhenItOpens() {
        assertThat(TimelineWords.badge(new Item(Kind.MODULE, OPENS, DUE, "Module 1", State.DUE_NOW, ""), CHICAGO))
                .isEqualTo("Due 31 Dec 2026");
        assertThat(TimelineWords.badge(new Item(Kind.MODULE, OPENS, DUE, "Module 1", State.UPCOMING, ""), BERLIN))
                .isEqualTo("2 Dec 2026");
    }

    @Test
    void eachTrackOfThePictureReadsAsASentence() {
        assertThat(TimelineWords.trackSummary(Kind.MEETING, 3, 7, 1, Locale.UK)).isEqualTo("Meetings: 3 of 7 logged, 1 overdue");
        assertThat(TimelineWords.trackSummary(Kind.CHECK_IN, 0, 2, 0, Locale.UK)).isEqualTo("Check-ins: 0 of 2 answered");
    }

    @Test
    void aGermanReaderReadsTheBadgeAndTrackInGerman() {
        Times berlinInGerman = new Times(ZoneId.of("Europe/Berlin"), Locale.GERMAN);
        Item meeting = new Item(Kind.MEETING, OPENS, DUE, "Treffen 1 mit Ben", State.OVERDUE, "");

        assertThat(TimelineWords.badge(meeting, berlinInGerman)).startsWith("Überfällig seit ");
        assertThat(TimelineWords.trackSummary(Kind.MEETING, 3, 7, 1, Locale.GERMAN)).isEqualTo("Treffen: 3 von 7 erfasst, 1 überfällig");
    }
}
