package com.mentorflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMeetings;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 16 §4: every mail the app writes has the layout's HTML, links only into Mentorflow and names its program. */
@MentorflowTest
class MailLayoutTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @Autowired TestMeetings meetings;
    @Autowired JdbcTemplate jdbc;
    @Value("${mentorflow.public-url}") String publicUrl;

    @Test
    void everyMailWrittenSoFarHasBothPartsAndLinksIntoMentorflow() {
        meetings.planned("mail-layout");
        meetings.circleMeeting("mail-layout-circle");

        List<Map<String, Object>> mails = jdbc.queryForList("select id, subject, body, html from mentorflow.outbox_message "
                + "where subject <> '[erased]' and recipient <> ?", OutboxTest.WRITTEN_BEFORE_HTML);
        assertThat(mails).hasSizeGreaterThan(5);
        for (Map<String, Object> mail : mails) {
            String html = (String) mail.get("html");
            assertThat(html).as("mail %s: %s", mail.get("id"), mail.get("subject")).isNotNull().contains("Mentorflow");
            Matcher href = HREF.matcher(html);
            while (href.find()) {
                assertThat(href.group(1)).as("a link in mail %s", mail.get("id")).startsWith(publicUrl);
            }
        }
    }

    @Test
    void aMeetingInvitationNamesTheProgramLinksToTheMentorshipAndCarriesTheInvite() {
        TestMeetings.Planned planned = meetings.planned("mail-layout-meeting");

        Map<String, Object> mail = jdbc.queryForMap("select body, html, attachment_type from mentorflow.outbox_message "
                + "where recipient = ? and attachment_name = 'meeting-1.ics' order by id desc limit 1",
                planned.mentor().getEmail());

        assertThat((String) mail.get("html")).contains("Program: ", "href=\"" + publicUrl + "/journey\"");
        assertThat((String) mail.get("body")).contains("Open My mentorship: " + publicUrl + "/journey", "Program: ");
        assertThat((String) mail.get("attachment_type")).startsWith("text/calendar");
    }

    @Test
    void aCircleMeetingInvitationLinksToTheCirclePage() {
        TestMeetings.CircleMeeting circle = meetings.circleMeeting("mail-layout-circle-page");

        String html = jdbc.queryForObject("select html from mentorflow.outbox_message where recipient = ? "
                + "and attachment_name = 'circle-meeting-1.ics'", String.class, circle.member().getEmail());

        assertThat(html).contains("Program: Circles", "href=\"" + publicUrl + "/circle/" + circle.circleId() + "\"");
    }
}
