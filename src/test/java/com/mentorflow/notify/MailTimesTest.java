package com.mentorflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.RawTimestamps;
import com.mentorflow.TestMeetings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14 §7: no mail shows a raw timestamp, reminders included; every mail written so far in this run is read. */
@MentorflowTest
class MailTimesTest {

    @Autowired TestMeetings meetings;
    @Autowired JdbcTemplate jdbc;

    @Test
    void noMailInTheOutboxShowsARawTimestamp() {
        TestMeetings.Planned planned = meetings.planned("mail-times");
        meetings.circleMeeting("mail-times-circle");

        List<Map<String, Object>> mails = jdbc.queryForList("select id, recipient, subject, body from mentorflow.outbox_message");
        assertThat(mails).hasSizeGreaterThan(5);
        assertThat(bodyTo(planned.mentor().getEmail(), "Reminder:%")).as("the mentor's reminder")
                .containsPattern("expires on \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} CES?T");
        assertThat(jdbc.queryForList("select body from mentorflow.outbox_message where subject like 'Reminder: complete%'",
                String.class)).as("the profile reminder").isNotEmpty();
        for (Map<String, Object> mail : mails) {
            assertThat(RawTimestamps.in(mail.get("subject") + "\n" + mail.get("body")))
                    .as("mail %s to %s: %s", mail.get("id"), mail.get("recipient"), mail.get("subject")).isEmpty();
        }
    }

    private String bodyTo(String recipient, String subject) {
        return jdbc.queryForObject("select body from mentorflow.outbox_message where recipient = ? and subject like ? "
                + "order by id desc limit 1", String.class, recipient, subject);
    }
}
