package com.mentorflow;

import com.mentorflow.journey.JourneyService;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Data with times in it, made the way people make it: a Chicago mentee and a Berlin mentor with a planned meeting, a
 * second mentee's request waiting for that mentor's review with its reminder sent, and a newcomer reminded of their
 * profile. For the tests that look for raw timestamps on screens and in mail.
 */
@Component
public class TestMeetings {

    public record Planned(Account mentee, Account mentor, long mentorshipId, Account waitingMentee, long requestId) {
    }

    private final TestMentorships mentorships;
    private final JourneyService journey;
    private final com.mentorflow.matching.MatchRequests requests;
    private final AccountService accounts;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;
    private final TestClock clock;

    TestMeetings(TestMentorships mentorships, JourneyService journey, com.mentorflow.matching.MatchRequests requests,
                 AccountService accounts, TaskService taskService, RuntimeService runtimeService,
                 ManagementService managementService, JdbcTemplate jdbc, TestClock clock) {
        this.mentorships = mentorships;
        this.journey = journey;
        this.requests = requests;
        this.accounts = accounts;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Planned planned(String prefix) {
        TestMentorships.Matched pair = mentorships.matched(prefix, Program.OPEN);
        livesIn(pair.mentee(), "America/Chicago");
        livesIn(pair.mentor(), "Europe/Berlin");
        String meeting = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(pair.mentorshipId()))
                .taskDefinitionKey("Task_Meeting").singleResult().getId();
        LocalDateTime inThreeDays = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(3)
                .truncatedTo(ChronoUnit.DAYS).withHour(10);
        journey.scheduleMeeting(meeting, pair.mentee().getUsername(), inThreeDays, 60, "https://video.example.com/" + prefix);

        Account waiting = mentorships.person(prefix + "-waiting", false, Program.OPEN);
        livesIn(waiting, "Asia/Kolkata");
        long requestId = requests.send(waiting.getUsername(), pair.mentor().getId(), Program.OPEN,
                "Hello, I would like to learn how you plan your week.");
        fire(runtimeService.createProcessInstanceQuery().processDefinitionKey("match-request")
                .processInstanceBusinessKey(Long.toString(requestId)).singleResult().getId(), "Timer_ReviewReminder");

        Account newcomer = TestPeople.participant(accounts, prefix + "-newcomer");
        fire(runtimeService.createProcessInstanceQuery().processDefinitionKey("participant-onboarding")
                .variableValueEquals("accountId", newcomer.getId()).singleResult().getId(), "Timer_ProfileReminder");
        return new Planned(pair.mentee(), pair.mentor(), pair.mentorshipId(), waiting, requestId);
    }

    private void livesIn(Account person, String zone) {
        jdbc.update("update mentorflow.profile set time_zone = ? where account_id = ?", zone, person.getId());
    }

    /** Runs the timer now, whatever its due date: the reminder it sends is what is looked at. */
    private void fire(String processInstanceId, String timerId) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(timerId).singleResult().getId());
    }
}
