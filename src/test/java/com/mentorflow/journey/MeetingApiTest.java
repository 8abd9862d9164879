package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestClock;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.Roles;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14 §7 over REST: a meeting planned on the planner's clock, through the same service as the task form. */
@MentorflowTest
class MeetingApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate http;
    @Autowired TestMentorships fixtures;
    @Autowired AccountService accounts;
    @Autowired JourneyMeetings meetings;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @Test
    void aChicagoMenteesTenOClockIsFourPmUtcInBothInvitationsAndFivePmInTheBerlinMentorsMail() throws Exception {
        TestMentorships.Matched pair = chicagoAndBerlin("api-meet");
        LocalDate day = nextTenthOfDecember();
        String utcDay = day.toString().replace("-", "");
        String task = meetingTaskFromTheInbox(pair);

        ResponseEntity<String> planned = plan(pair.mentee(), task, day + "T10:00", 60, "https://video.example.com/api");

        assertThat(planned.getStatusCode()).as(planned.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode answer = JSON.readTree(planned.getBody());
        assertThat(answer.get("startsAt").asText()).isEqualTo(day + "T16:00:00Z");
        assertThat(answer.get("readIn").asText()).isEqualTo("America/Chicago");
        assertThat(invitationTo(pair.mentee())).contains("DTSTART:" + utcDay + "T160000Z\r\n", "DTEND:" + utcDay + "T170000Z\r\n");
        assertThat(invitationTo(pair.mentor())).contains("DTSTART:" + utcDay + "T160000Z\r\n");
        assertThat(mailTo(pair.mentor())).contains("10 Dec " + day.getYear() + ", 17:00 CET (10:00 in Chicago)");
        assertThat(mailTo(pair.mentee())).contains("10 Dec " + day.getYear() + ", 10:00 CST (17:00 in Berlin)");
    }

    @Test
    void someoneElsesTaskIsForbiddenAndAnUnknownOneIsNotFound() throws Exception {
        TestMentorships.Matched pair = chicagoAndBerlin("api-meet-other");
        String task = meetingTaskFromTheInbox(pair);
        Account stranger = TestPeople.participant(accounts, "api-meet-stranger");
        Account admin = TestPeople.create(accounts, "api-meet-admin", Roles.ADMIN);
        String at = nextTenthOfDecember() + "T10:00";

        assertThat(problem(plan(stranger, task, at, 60, "Room 1"), 403).get("detail").asText())
                .isEqualTo("This task belongs to someone else.");
        problem(plan(admin, task, at, 60, "Room 1"), 403);
        assertThat(problem(plan(pair.mentee(), "no-such-task", at, 60, "Room 1"), 404).get("detail").asText())
                .isEqualTo("There is no such task.");
        assertThat(meetingRows(pair)).as("nothing was planned").isZero();
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.outbox_message where recipient in (?, ?) "
                + "and attachment_name is not null", Integer.class, pair.mentee().getEmail(), pair.mentor().getEmail()))
                .as("no invitation was mailed").isZero();
    }

    @Test
    void badInputGetsASentencePerFieldAndChangesNothing() throws Exception {
        TestMentorships.Matched pair = chicagoAndBerlin("api-meet-bad");
        String task = meetingTaskFromTheInbox(pair);
        String at = nextTenthOfDecember() + "T10:00";

        JsonNode offset = problem(plan(pair.mentee(), task, at + "Z", 60, "Room 1"), 400);
        assertThat(offset.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("field").asText()).isEqualTo("at");
            assertThat(error.get("message").asText()).contains("on your own clock", "without a time zone");
        });
        Map<String, String> errors = new HashMap<>();
        problem(plan(pair.mentor(), task, null, 5, " "), 400).get("errors")
                .forEach(error -> errors.put(error.get("field").asText(), error.get("message").asText()));
        assertThat(errors).containsEntry("at", "Choose the date and time.")
                .containsEntry("durationMinutes", "A meeting lasts 15 to 240 minutes.")
                .containsEntry("place", "Say where you meet: a room or a video link.");
        assertThat(problem(plan(pair.mentee(), task, "2020-01-01T10:00", 60, "Room 1"), 400).at("/errors/0/message").asText())
                .isEqualTo("Choose a time from today on.");
        assertThat(meetingRows(pair)).isZero();
    }

    @Test
    void aMeetingThatWasLoggedIsDoneAndPlanningItAgainIsAConflict() throws Exception {
        TestMentorships.Matched pair = chicagoAndBerlin("api-meet-done");
        String task = meetingTaskFromTheInbox(pair);
        String at = nextTenthOfDecember() + "T10:00";
        assertThat(plan(pair.mentor(), task, at, 45, "Room 2").getStatusCode()).isEqualTo(HttpStatus.OK);
        meetings.logMeeting(task, pair.mentor().getUsername(), true, "First steps", null, null);

        assertThat(problem(plan(pair.mentee(), task, at, 45, "Room 3"), 409).get("detail").asText())
                .startsWith("This task is no longer open");
        assertThat(jdbc.queryForObject("select place from mentorflow.meeting where mentorship_id = ? and number = 1",
                String.class, pair.mentorshipId())).isEqualTo("Room 2");
    }

    private TestMentorships.Matched chicagoAndBerlin(String prefix) {
        TestMentorships.Matched pair = fixtures.matched(prefix, Program.OPEN);
        jdbc.update("update mentorflow.profile set time_zone = 'America/Chicago' where account_id = ?", pair.mentee().getId());
        jdbc.update("update mentorflow.profile set time_zone = 'Europe/Berlin' where account_id = ?", pair.mentor().getId());
        return pair;
    }

    /** The way an integration finds it: the mentee's inbox over REST, the meeting form of this mentorship. */
    private String meetingTaskFromTheInbox(TestMentorships.Matched pair) throws Exception {
        JsonNode tasks = JSON.readTree(http.withBasicAuth(pair.mentee().getUsername(), TestPeople.PASSWORD)
                .getForEntity("/api/tasks?limit=200", String.class).getBody()).get("tasks");
        for (JsonNode task : tasks) {
            if (JourneyProcess.FORM_MEETING.equals(task.get("formKey").asText())
                    && Long.toString(pair.mentorshipId()).equals(task.get("businessKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError("no meeting task in the mentee's inbox: " + tasks);
    }

    /** Domain time moves in other tests: the first 10 December at least two days ahead of it. */
    private LocalDate nextTenthOfDecember() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate candidate = LocalDate.of(today.getYear(), 12, 10);
        return candidate.isAfter(today.plusDays(2)) ? candidate : candidate.plusYears(1);
    }

    private ResponseEntity<String> plan(Account account, String taskId, String at, int minutes, String place) {
        Map<String, Object> body = new HashMap<>();
        body.put("at", at);
        body.put("durationMinutes", minutes);
        body.put("place", place);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(account.getUsername(), TestPeople.PASSWORD).exchange("/api/journey/tasks/{taskId}/meeting",
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class, taskId);
    }

    private int meetingRows(TestMentorships.Matched pair) {
        return jdbc.queryForObject("select count(*) from mentorflow.meeting where mentorship_id = ?", Integer.class,
                pair.mentorshipId());
    }

    private String invitationTo(Account person) {
        return jdbc.queryForObject("select attachment from mentorflow.outbox_message where recipient = ? "
                + "and attachment_name = 'meeting-1.ics' order by id desc limit 1", String.class, person.getEmail());
    }

    private String mailTo(Account person) {
        return jdbc.queryForObject("select body from mentorflow.outbox_message where recipient = ? "
                + "and attachment_name = 'meeting-1.ics' order by id desc limit 1", String.class, person.getEmail());
    }

    private static JsonNode problem(ResponseEntity<String> response, int status) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("instance").asText()).startsWith("/api/");
        return problem;
    }
}
