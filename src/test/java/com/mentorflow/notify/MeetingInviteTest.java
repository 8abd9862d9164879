package com.mentorflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeetingInviteTest {

    @Test
    void anInviteIsAValidSingleEventCalendar() {
        String ics = MeetingInvite.ics("m-1@mentorflow", Instant.parse("2026-12-01T15:00:00Z"), Duration.ofMinutes(60),
                "Meeting 1: Maya, Marcus", "Room 4; floor 2", "Line one\nline two", Instant.parse("2026-11-26T12:00:00Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("METHOD:REQUEST\r\n", "UID:m-1@mentorflow\r\n", "DTSTART:20261201T150000Z\r\n",
                        "DTEND:20261201T160000Z\r\n", "DTSTAMP:20261126T120000Z\r\n",
                        "SUMMARY:Meeting 1: Maya\\, Marcus\r\n", "LOCATION:Room 4\\; floor 2\r\n",
                        "DESCRIPTION:Line one\\nline two\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void longLinesAreFoldedWithoutSplittingCharacters() {
        String place = "https://video.example.com/" + "ä".repeat(80);

        String ics = MeetingInvite.ics("u", Instant.EPOCH, Duration.ofMinutes(30), "s", place, "", Instant.EPOCH);

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n ", "")).contains("LOCATION:" + place);
    }
}
