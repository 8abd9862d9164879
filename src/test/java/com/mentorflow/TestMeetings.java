package com.mentorflow;

import com.mentorflow.circles.CircleMeetingKind;
import com.mentorflow.circles.CircleMembership;
import com.mentorflow.circles.CircleProcess;
import com.mentorflow.circles.CircleMeetings;
import com.mentorflow.circles.Circles;
import com.mentorflow.circles.EducationTopics;
import com.mentorflow.journey.JourneyMeetings;
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
 * profile; a circle meeting planned by a Chicago manager. For the tests that look for raw timestamps on screens and in mail.
 */
@Component
public class TestMeetings {

    public record Planned(Account mentee, Account mentor, long mentorshipId, Account waitingMentee, long requestId) {
    }

    /** A published circle (its zone Europe/Berlin) whose Chicago manager planned meeting 1 for 10:00 their time. */
    public record CircleMeeting(long circleId, Account manager, Account member) {
    }

    private final TestMentorships mentorships;
    private final JourneyMeetings meetings;
    private final com.mentorflow.matching.MatchRequests requests;
    private final AccountService accounts;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;
    private final TestClock clock;
    private final TestCircles testCircles;
    private final Circles circles;
    private final CircleMeetings circleMeetings;
    private final EducationTopics topics;

    TestMeetings(TestMentorships mentorships, JourneyMeetings meetings, com.mentorflow.matching.MatchRequests requests,
                 AccountService accounts, TaskService taskService, RuntimeService runtimeService,
                 ManagementService managementService, JdbcTemplate jdbc, TestClock clock, TestCircles testCircles,
                 Circles circles, CircleMeetings circleMeetings, EducationTopics topics) {
        this.circleMeetings = circleMeetings;
        this.testCircles = testCircles;
        this.circles = circles;
        this.topics = topics;
        this.mentorships = mentorships;
        this.meetings = meetings;
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
        meetings.scheduleMeeting(meeting, pair.mentee().getUsername(), inThreeDaysAtTen(), 60, "https://video.example.com/" + prefix);

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

    public CircleMeeting circleMeeting(String prefix) {
        Account manager = testCircles.regular(prefix + "-manager", 5);
        livesIn(manager, "America/Chicago");
        long circleId = testCircles.propose(manager, "Circle " + prefix + " " + System.nanoTime() % 100000, 8);
        Account member = testCircles.regular(prefix + "-a", 4);
        testCircles.join(circleId, member, CircleMembership.Role.MEMBER);
        testCircles.join(circleId, testCircles.regular(prefix + "-b", 5), CircleMembership.Role.MEMBER);
        String process = runtimeService.createProcessInstanceQuery().processDefinitionKey(CircleProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(circleId)).singleResult().getId();
        circles.publish(task(process, CircleProcess.TASK_PUBLISH).getId(), manager.getUsername());
        // The first meeting's timer is due at once; it is fired here, the job executor being off in tests.
        for (int round = 0; round < 3 && taskService.createTaskQuery().processInstanceId(process)
                .taskDefinitionKey(CircleProcess.TASK_MEETING).count() == 0; round++) {
            managementService.executeJob(managementService.createJobQuery().processInstanceId(process).timers()
                    .orderByJobDuedate().asc().listPage(0, 1).get(0).getId());
        }
        circleMeetings.planMeeting(task(process, CircleProcess.TASK_MEETING).getId(), manager.getUsername(),
                CircleMeetingKind.EDUCATION, topics.active().get(0).id(), null, inThreeDaysAtTen(), 60,
                "https://meet.example.com/" + prefix);
        return new CircleMeeting(circleId, manager, member);
    }

    /** Ten o'clock on the clock of whoever plans, three days after domain time's today. */
    public LocalDateTime inThreeDaysAtTen() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.DAYS).withHour(10);
    }

    private org.camunda.bpm.engine.task.Task task(String processInstanceId, String definitionKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(definitionKey).singleResult();
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
