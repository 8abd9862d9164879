package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestClock;
import com.mentorflow.TestMentorships;
import com.mentorflow.people.Account;
import com.mentorflow.people.PreferredLanguages;
import com.mentorflow.people.Program;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14 §7: a meeting is planned on the planner's clock and each side reads it on theirs. */
@MentorflowTest
class MeetingTimeZonesTest {

    @Autowired TestMentorships fixtures;
    @Autowired JourneyMeetings meetings;
    @Autowired JourneyTimeline timeline;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired PreferredLanguages languages;

    @Test
    void aChicagoMenteePlansTenOClockAndTheBerlinMentorReadsFivePm() {
        TestMentorships.Matched pair = fixtures.matched("chicago", Program.OPEN);
        livesIn(pair.mentee(), "America/Chicago");
        livesIn(pair.mentor(), "Europe/Berlin");
        LocalDate day = nextTenthOfDecember();
        String meeting = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(pair.mentorshipId()))
                .taskDefinitionKey(JourneyProcess.TASK_MEETING).singleResult().getId();

        meetings.scheduleMeeting(meeting, pair.mentee().getUsername(), LocalDateTime.of(day, LocalTime.of(10, 0)), 60,
                "https://video.example.com/chicago");

        String utcDay = day.toString().replace("-", "");
        assertThat(invitationTo(pair.mentee())).contains("DTSTART:" + utcDay + "T160000Z\r\n", "DTEND:" + utcDay + "T170000Z\r\n");
        assertThat(invitationTo(pair.mentor())).contains("DTSTART:" + utcDay + "T160000Z\r\n");
        assertThat(mailTo(pair.mentor())).contains("10 Dec " + day.getYear() + ", 17:00 CET (10:00 in Chicago)");
        assertThat(mailTo(pair.mentee())).contains("10 Dec " + day.getYear() + ", 10:00 CST (17:00 in Berlin)");
        assertThat(timeline.of(pair.mentor().getUsername(), Locale.UK).get(0).nextMeeting())
                .startsWith("Meeting 1 on 10 Dec " + day.getYear() + ", 17:00 CET (10:00 in Chicago)");
        assertThat(timeline.of(pair.mentee().getUsername(), Locale.UK).get(0).nextMeeting())
                .startsWith("Meeting 1 on 10 Dec " + day.getYear() + ", 10:00 CST (17:00 in Berlin)");
    }

    /** Issue 16 §2: each side reads the mail and the calendar entry in their own language. */
    @Test
    void aSpanishMentorReadsTheInvitationInSpanishAndTheMenteeInEnglish() {
        TestMentorships.Matched pair = fixtures.matched("spanish-invite", Program.OPEN);
        livesIn(pair.mentee(), "Europe/Berlin");
        livesIn(pair.mentor(), "Europe/Berlin");
        languages.choose(pair.mentor().getUsername(), Optional.of(Locale.forLanguageTag("es")));
        String meeting = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(pair.mentorshipId()))
                .taskDefinitionKey(JourneyProcess.TASK_MEETING).singleResult().getId();

        meetings.scheduleMeeting(meeting, pair.mentee().getUsername(), LocalDateTime.of(nextTenthOfDecember(), LocalTime.of(10, 0)),
                45, "Sala 2");

        assertThat(mailTo(pair.mentor())).contains("Tu reunión de mentoría 1 es el", "(45 minutos), Sala 2")
                .doesNotContain("Your mentoring meeting");
        assertThat(invitationTo(pair.mentor())).contains("SUMMARY:Reunión de mentoría 1");
        assertThat(mailTo(pair.mentee())).contains("Your mentoring meeting 1 is on", "(45 minutes), Sala 2");
        assertThat(invitationTo(pair.mentee())).contains("SUMMARY:Mentoring meeting 1");
    }

    /** Issue 16 §2: the layout around a Spanish mail (program line, its name, footer) is Spanish too, not only the content. */
    @Test
    void aSpanishMentorsMeetingMailHasTheLayoutWordsInSpanish() {
        TestMentorships.Matched pair = fixtures.matched("spanish-layout", Program.OPEN);
        languages.choose(pair.mentor().getUsername(), Optional.of(Locale.forLanguageTag("es")));
        String meeting = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(pair.mentorshipId()))
                .taskDefinitionKey(JourneyProcess.TASK_MEETING).singleResult().getId();

        meetings.scheduleMeeting(meeting, pair.mentee().getUsername(), LocalDateTime.of(nextTenthOfDecember(), LocalTime.of(10, 0)),
                45, "Sala 2");

        assertThat(mailTo(pair.mentor())).contains("Programa: Mentoría abierta", "Recibes este correo porque")
                .doesNotContain("Program: ", "You get this mail");
        assertThat(mailTo(pair.mentee())).contains("Program: Open mentoring");
    }

    private void livesIn(Account person, String zone) {
        jdbc.update("update mentorflow.profile set time_zone = ? where account_id = ?", zone, person.getId());
    }

    /** Domain time moves in other tests: the first 10 December at least two days ahead of it. */
    private LocalDate nextTenthOfDecember() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate candidate = LocalDate.of(today.getYear(), 12, 10);
        return candidate.isAfter(today.plusDays(2)) ? candidate : candidate.plusYears(1);
    }

    private String invitationTo(Account person) {
        return jdbc.queryForObject("select attachment from mentorflow.outbox_message where recipient = ? "
                + "and attachment_name = 'meeting-1.ics' order by id desc limit 1", String.class, person.getEmail());
    }

    private String mailTo(Account person) {
        return jdbc.queryForObject("select body from mentorflow.outbox_message where recipient = ? "
                + "and attachment_name = 'meeting-1.ics' order by id desc limit 1", String.class, person.getEmail());
    }
}
