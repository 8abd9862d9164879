package com.mentorflow.circles;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMeetings;
import com.mentorflow.platform.Times;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14 §7 for circles: the manager plans on their own clock; each member reads theirs, the circle's beside it. */
@MentorflowTest
class CircleMeetingTimeZonesTest {

    @Autowired TestMeetings meetings;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aChicagoManagerPlansTenOClockAndABerlinMemberReadsItOnTheirClock() {
        TestMeetings.CircleMeeting circle = meetings.circleMeeting("circle-zones");
        Instant meant = meetings.inThreeDaysAtTen().atZone(ZoneId.of("America/Chicago")).toInstant();

        String mail = jdbc.queryForObject("select body from mentorflow.outbox_message where recipient = ? "
                + "and attachment_name = 'circle-meeting-1.ics'", String.class, circle.member().getEmail());
        String invite = jdbc.queryForObject("select attachment from mentorflow.outbox_message where recipient = ? "
                + "and attachment_name = 'circle-meeting-1.ics'", String.class, circle.member().getEmail());
        assertThat(invite).contains("DTSTART:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC).format(meant) + "\r\n");
        assertThat(mail).contains("is on " + Times.forMail(ZoneId.of("Europe/Berlin")).dateTime(meant) + " (60 minutes)");
        assertThat(jdbc.queryForObject("select body from mentorflow.outbox_message where recipient = ? "
                + "and attachment_name = 'circle-meeting-1.ics'", String.class, circle.manager().getEmail()))
                .as("the manager reads their own 10:00, the circle's clock beside it").contains(", 10:00 C")
                .containsPattern("\\(\\d{2}:00 in Berlin\\)");
    }
}
