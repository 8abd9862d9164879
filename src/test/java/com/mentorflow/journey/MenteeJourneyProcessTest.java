package com.mentorflow.journey;

import static com.mentorflow.journey.JourneyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.DueJobs;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.matching.Mentorship;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.ProfileAnswers;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ProgramCalendar;
import com.mentorflow.platform.Roles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Walks mentee-journey.bpmn through a whole year in seconds: the engine clock moves a program month at a time
 * and the due timers are fired through the management service.
 */
@MentorflowTest
class MenteeJourneyProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired AccountService accounts;
    @Autowired OnboardingService onboarding;
    @Autowired MatchRequests requests;
    @Autowired Mentorships mentorships;
    @Autowired JourneyService journey;
    @Autowired JourneyModules modules;
    @Autowired JourneyMeetings meetings;
    @Autowired JourneyCheckIns checkIns;
    @Autowired ProgramCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestMentorships fixtures;
    @Autowired MentorshipGoals goals;
    @Autowired com.mentorflow.people.TimeZones timeZones;
    @org.junit.jupiter.api.extension.RegisterExtension final com.mentorflow.TestClocks clocks = new com.mentorflow.TestClocks();
    @Autowired com.mentorflow.tasks.InboxService inbox;
    @Autowired JourneyTimeline timeline;
    @Autowired FinishedYears finishedYears;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    record Pair(Account mentee, Account mentor, long mentorshipId, ProcessInstance journey) {
    }

    @Test
    void theNewHireYearReleasesSixModulesSevenMeetingsTwoCheckInsAndCompletes() {
        Pair pair = matched("year", Program.NEW_HIRE);
        Map<Integer, Integer> moduleReleasedInMonth = new LinkedHashMap<>();
        List<Integer> meetingMonths = new ArrayList<>();
        int checkInsAnswered = 0;
        List<String> inboxNames = new ArrayList<>();
        List<String> checkInNames = new ArrayList<>();
        long reached = goals.add(pair.mentee().getUsername(), pair.mentorshipId(), "Present at the all-hands");
        goals.add(pair.mentor().getUsername(), pair.mentorshipId(), "Lead a retrospective");
        goals.tick(pair.mentor().getUsername(), reached, true);

        for (int month = 0; month <= 12; month++) {
            fireDueTimers(pair, month);
            if (month == 12) {
                break;
            }
            for (Task task : openTasks(pair)) {
                String reader = task.getAssignee() == null ? pair.mentee().getUsername() : task.getAssignee();
                inboxNames.add(inbox.find(reader, task.getId()).orElseThrow().name());
                if (task.getTaskDefinitionKey().equals(TASK_MENTEE_CHECK_IN) || task.getTaskDefinitionKey().equals(TASK_MENTOR_CHECK_IN)) {
                    checkInNames.add("Check-in at month " + month);
                }
                switch (task.getTaskDefinitionKey()) {
                    case TASK_COMPLETE_MODULE -> {
                        moduleReleasedInMonth.put(variable(task, VAR_MODULE), month);
                        modules.completeModule(task.getId(), pair.mentee().getUsername(), Set.of(0), "Useful.");
                    }
                    case TASK_MEETING -> {
                        meetingMonths.add(month);
                        meetings.logMeeting(task.getId(), month % 2 == 0 ? pair.mentee().getUsername() : pair.mentor().getUsername(),
                                true, "Goals for this month", "Only for us", "Book a team lunch");
                    }
                    case TASK_MENTEE_CHECK_IN, TASK_MENTOR_CHECK_IN -> {
                        checkInsAnswered++;
                        checkIns.checkIn(task.getId(), task.getAssignee(), 4, "Regular meetings", "More time", null);
                    }
                    default -> throw new AssertionError("unexpected task " + task.getTaskDefinitionKey());
                }
            }
        }

        assertThat(moduleReleasedInMonth).containsExactly(Map.entry(1, 0), Map.entry(2, 2), Map.entry(3, 4),
                Map.entry(4, 6), Map.entry(5, 8), Map.entry(6, 10));
        assertThat(meetingMonths).containsExactly(0, 1, 2, 4, 6, 8, 10);
        assertThat(checkInsAnswered).isEqualTo(4);
        // The model names each task once for every round (issue 15 §5); the inbox says which module, meeting, month.
        List<String> expectedNames = new ArrayList<>(List.of("Complete the module: Your first 30 days (module 1)",
                "Complete the module: Reading the culture (module 2)", "Complete the module: Ownership and scope (module 3)",
                "Complete the module: Feedback and performance reviews (module 4)",
                "Complete the module: Building your network (module 5)", "Complete the module: Planning year two (module 6)",
                "Plan and log meeting 1", "Plan and log meeting 2", "Plan and log meeting 3", "Plan and log meeting 4",
                "Plan and log meeting 5", "Plan and log meeting 6", "Plan and log meeting 7"));
        expectedNames.addAll(checkInNames);
        assertThat(checkInNames).hasSize(4);
        assertThat(inboxNames).containsExactlyInAnyOrderElementsOf(expectedNames);
        BpmnAwareTests.assertThat(pair.journey()).isEnded().hasPassed(END_COMPLETED);
        assertThat(mentorships.pair(pair.mentorshipId()).status()).isEqualTo(Mentorship.Status.COMPLETED);
        assertThat(count("select count(*) from mentorflow.module_progress where mentorship_id = ? and completed_at is not null",
                pair.mentorshipId())).isEqualTo(6);
        assertThat(count("select count(*) from mentorflow.meeting where mentorship_id = ? and held", pair.mentorshipId())).isEqualTo(7);
        assertThat(count("select count(*) from mentorflow.check_in where mentorship_id = ?", pair.mentorshipId())).isEqualTo(4);
        assertThat(mail(pair.mentee())).contains("Your year with " + pair.mentor().getDisplayName() + " is complete");
        // Issue 15 §6: the finished year stays on My mentorship for both, summed up, instead of disappearing.
        for (Account reader : List.of(pair.mentee(), pair.mentor())) {
            assertThat(timeline.of(reader.getUsername())).as("no longer an active year").isEmpty();
            assertThat(finishedYears.of(reader.getUsername())).singleElement().satisfies(year -> {
                assertThat(year.mentorshipId()).isEqualTo(pair.mentorshipId());
                assertThat(year.partner()).isEqualTo(reader == pair.mentee() ? pair.mentor().getDisplayName()
                        : pair.mentee().getDisplayName());
                assertThat(year.meetingsHeld()).isEqualTo(7);
                assertThat(year.meetingsPlanned()).isEqualTo(7);
                assertThat(year.modulesCompleted()).isEqualTo(6);
                assertThat(year.modulesOffered()).isEqualTo(6);
                assertThat(year.goalsReached()).containsExactly("Present at the all-hands");
                assertThat(year.goalsSet()).isEqualTo(2);
                assertThat(year.completed()).isEqualTo(year.since().plus(Duration.parse(calendar.months(12))));
            });
        }
    }

    @Test
    void aMentorshipEndedEarlyIsNotShownAsAFinishedYear() {
        Pair pair = matched("early-summary", Program.OPEN);

        journey.endEarly(pair.mentee().getUsername(), pair.mentorshipId(), "We agreed to stop");

        assertThat(finishedYears.of(pair.mentee().getUsername())).isEmpty();
        assertThat(finishedYears.of(pair.mentor().getUsername())).isEmpty();
    }

    @Test
    void openMentoringRunsTheAgreedLengthWithoutModulesAndWithSharedGoals() {
        Pair pair = matched("open3", Program.OPEN, 3);
        List<Integer> meetingMonths = new ArrayList<>();
        List<Integer> checkInMonths = new ArrayList<>();
        long goal = goals.add(pair.mentee().getUsername(), pair.mentorshipId(), "Present at the team meeting");
        assertThatThrownBy(() -> goals.add(pair.mentee().getUsername(), pair.mentorshipId(), "x"))
                .isInstanceOf(com.mentorflow.platform.RejectedInputException.class);
        Account stranger = TestPeople.participant(accounts, "goal-stranger");
        assertThatThrownBy(() -> goals.of(stranger.getUsername(), pair.mentorshipId())).isInstanceOf(NotPermittedException.class);

        for (int month = 0; month <= 3; month++) {
            fireDueTimers(pair, month);
            if (month == 3) {
                break;
            }
            for (Task task : openTasks(pair)) {
                if (task.getTaskDefinitionKey().equals(TASK_MEETING)) {
                    meetingMonths.add(month);
                    meetings.logMeeting(task.getId(), pair.mentor().getUsername(), true, "Progress", null, null);
                } else {
                    checkInMonths.add(month);
                    checkIns.checkIn(task.getId(), task.getAssignee(), 5, null, null, null);
                }
            }
        }
        goals.tick(pair.mentor().getUsername(), goal, true);

        assertThat(meetingMonths).containsExactly(0, 1, 2);
        assertThat(checkInMonths).containsExactly(1, 1, 2, 2);
        BpmnAwareTests.assertThat(pair.journey()).isEnded().hasPassed(END_COMPLETED).hasNotPassed(TASK_COMPLETE_MODULE);
        assertThat(goals.of(pair.mentee().getUsername(), pair.mentorshipId())).singleElement()
                .satisfies(g -> assertThat(g.done()).isTrue());
    }

    @Test
    void theLengthIsThreeToTwelveMonthsAndTheNewHireProgramAlwaysAYear() {
        Account mentee = fixtures.person("len-mentee", false, Program.NEW_HIRE);
        Account mentor = fixtures.person("len-mentor", true, Program.NEW_HIRE);
        assertThatThrownBy(() -> requests.send(mentee.getUsername(), mentor.getId(), Program.NEW_HIRE,
                "Hello, I would love to learn from you.", 6)).hasMessageContaining("The new-hire program runs for a year.");
        assertThatThrownBy(() -> requests.send(mentee.getUsername(), mentor.getId(), Program.NEW_HIRE,
                "Hello, I would love to learn from you.", 13)).hasMessageContaining("3 to 12 months");
    }

    @Test
    void moduleOneAndMeetingOneAreThereTheMomentTheMentorAccepts() {
        Pair pair = matched("first", Program.NEW_HIRE);

        // No timer fired: month-0 content is created in the accepting transaction itself.
        assertThat(openTasks(pair)).extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder(TASK_COMPLETE_MODULE, TASK_MEETING);
        Task meeting = openTasks(pair).stream().filter(t -> t.getTaskDefinitionKey().equals(TASK_MEETING)).findFirst().orElseThrow();
        assertThat(taskService.createTaskQuery().taskId(meeting.getId()).taskCandidateUser(pair.mentor().getUsername()).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(meeting.getId()).taskCandidateUser(pair.mentee().getUsername()).count()).isEqualTo(1);
    }

    @Test
    void anOpenModuleIsRemindedTwiceAtMostAndNothingWaitsForIt() {
        Pair pair = matched("overdue", Program.NEW_HIRE);
        meetings.logMeeting(open(pair, TASK_MEETING).getId(), pair.mentee().getUsername(), true, "Hello", null, null);

        fireDueTimers(pair, 1);
        fireDueTimers(pair, 2);
        fireDueTimers(pair, 3);

        assertThat(mail(pair.mentee())).filteredOn(subject -> subject.startsWith("Module 1 is waiting")).hasSize(2);
        assertThat(openTasks(pair)).extracting(Task::getTaskDefinitionKey).contains(TASK_COMPLETE_MODULE);
        assertThat(openTasks(pair).stream().filter(t -> t.getTaskDefinitionKey().equals(TASK_MEETING)).count())
                .as("meetings 2 and 3 came although module 1 is open").isEqualTo(2);
    }

    @Test
    void aMeetingIsLoggedWhileAModuleIsStillOpenAndTheNotesStayWithThePair() {
        Pair pair = matched("parallel", Program.NEW_HIRE);
        fireDueTimers(pair, 0);
        Task meeting = open(pair, TASK_MEETING);

        meetings.logMeeting(meeting.getId(), pair.mentor().getUsername(), true, "First steps", "Private worry", "Read module 1");

        assertThat(open(pair, TASK_COMPLETE_MODULE)).isNotNull();
        assertThat(meetings.meetings(pair.mentorshipId(), pair.mentee().getUsername()).get(0).privateNotes()).isEqualTo("Private worry");
        Account manager = TestPeople.create(accounts, "notes-pm", Roles.PROGRAM_MANAGER);
        assertThat(meetings.meetings(pair.mentorshipId(), manager.getUsername()).get(0))
                .satisfies(m -> assertThat(m.privateNotes()).isNull()).satisfies(m -> assertThat(m.topics()).isEqualTo("First steps"));
    }

    @Test
    void schedulingAMeetingMailsBothAnInviteAndBadInputIsRefused() {
        Pair pair = matched("invite", Program.OPEN);
        Task meeting = open(pair, TASK_MEETING);
        // The test's time (TestClocks), not the wall clock.
        java.time.Instant at = clocks.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        // Planned on the mentee's own clock, as the form reads it.
        java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(at, timeZones.zoneOf(pair.mentee().getUsername()));

        assertThatThrownBy(() -> meetings.scheduleMeeting(meeting.getId(), pair.mentee().getUsername(), local, 5, ""))
                .isInstanceOf(com.mentorflow.platform.RejectedInputException.class)
                .hasMessageContaining("15 to 240 minutes").hasMessageContaining("Say where you meet");
        meetings.scheduleMeeting(meeting.getId(), pair.mentee().getUsername(), local, 45, "https://video.example.com/abc");

        for (Account person : List.of(pair.mentee(), pair.mentor())) {
            Map<String, Object> row = jdbc.queryForMap("select attachment_name, attachment_type, attachment from "
                    + "mentorflow.outbox_message where recipient = ? and attachment is not null", person.getEmail());
            assertThat(row.get("attachment_name")).isEqualTo("meeting-1.ics");
            assertThat(row.get("attachment_type").toString()).startsWith("text/calendar");
            assertThat(row.get("attachment").toString()).contains("DTSTART:" + java.time.format.DateTimeFormatter
                    .ofPattern("yyyyMMdd'T'HHmm").withZone(java.time.ZoneOffset.UTC).format(at));
        }
        assertThat(open(pair, TASK_MEETING).getId()).as("still open until logged").isEqualTo(meeting.getId());
        Account stranger = TestPeople.participant(accounts, "invite-stranger");
        assertThatThrownBy(() -> meetings.scheduleMeeting(meeting.getId(), stranger.getUsername(), local, 45, "Room 1"))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void twoMissedMeetingsInARowAskAProgramManagerToCheckIn() {
        Pair pair = matched("missed", Program.OPEN);
        fireDueTimers(pair, 0);
        meetings.logMeeting(open(pair, TASK_MEETING).getId(), pair.mentee().getUsername(), false, null, null, null);
        assertThat(openTasks(pair)).extracting(Task::getTaskDefinitionKey).doesNotContain(TASK_CHECK_IN_ON_MENTORSHIP);

        fireDueTimers(pair, 1);
        meetings.logMeeting(open(pair, TASK_MEETING).getId(), pair.mentor().getUsername(), false, null, null, null);

        Task escalation = open(pair, TASK_CHECK_IN_ON_MENTORSHIP);
        BpmnAwareTests.assertThat(escalation).hasCandidateGroup(Roles.PROGRAM_MANAGER.camundaGroup());
        Account manager = TestPeople.create(accounts, "missed-pm", Roles.PROGRAM_MANAGER);
        checkIns.recordManagerCheckIn(escalation.getId(), manager.getUsername(), "Called both; they meet next week.");
        assertThat(openTasks(pair)).extracting(Task::getTaskDefinitionKey).doesNotContain(TASK_CHECK_IN_ON_MENTORSHIP);
        assertThat(openTasks(pair)).as("the open program has no modules").extracting(Task::getTaskDefinitionKey)
                .doesNotContain(TASK_COMPLETE_MODULE);
    }

    @Test
    void theMenteeEndsEarlyAndEveryOpenTaskEnds() {
        endsEarlyFromOneSide(true);
    }

    @Test
    void theMentorEndsEarlyAndEveryOpenTaskEnds() {
        endsEarlyFromOneSide(false);
    }

    private void endsEarlyFromOneSide(boolean byMentee) {
        Pair pair = matched(byMentee ? "end-mentee" : "end-mentor", Program.NEW_HIRE);
        fireDueTimers(pair, 0);
        Account someoneElse = TestPeople.participant(accounts, "stranger");
        assertThatThrownBy(() -> journey.endEarly(someoneElse.getUsername(), pair.mentorshipId(), "Not mine to end"))
                .isInstanceOf(NotPermittedException.class);
        Account by = byMentee ? pair.mentee() : pair.mentor();

        journey.endEarly(by.getUsername(), pair.mentorshipId(), "We agreed to stop");

        BpmnAwareTests.assertThat(pair.journey()).isEnded().hasPassed(END_ENDED_EARLY);
        assertThat(taskService.createTaskQuery().processInstanceId(pair.journey().getId()).count()).isZero();
        Mentorships.Pair ended = mentorships.pair(pair.mentorshipId());
        assertThat(ended.status()).isEqualTo(Mentorship.Status.ENDED_EARLY);
        assertThat(mail(pair.mentee())).contains("Your mentorship has ended");
        assertThat(mail(pair.mentor())).contains("Your mentorship has ended");
        // Issue 15 §6: each side reads its own next step; the mentor is not sent to Find a mentor.
        assertThat(body(pair.mentee(), "Your mentorship has ended")).contains("We agreed to stop", "Find a mentor");
        assertThat(body(pair.mentor(), "Your mentorship has ended")).contains("We agreed to stop", "My tasks")
                .doesNotContain("Find a mentor");
        assertThatThrownBy(() -> journey.endEarly(by.getUsername(), pair.mentorshipId(), "Once more"))
                .isInstanceOf(ConflictException.class);
        Account newMentor = fixtures.person(by.getUsername() + "-next", true, Program.NEW_HIRE);
        assertThat(requests.send(pair.mentee().getUsername(), newMentor.getId(), Program.NEW_HIRE,
                "Starting again with a new mentor, hello!")).as("the mentee may ask for a new match").isPositive();
    }

    @Test
    @WithMockUser(username = "ending-pm", roles = "PROGRAM_MANAGER")
    void aProgramManagerCanEndAMentorshipEarly() {
        Pair pair = matched("pm-end", Program.OPEN);

        journey.endEarly("ending-pm", pair.mentorshipId(), "Both asked us to close it");

        BpmnAwareTests.assertThat(pair.journey()).isEnded().hasPassed(END_ENDED_EARLY);
        assertThat(mentorships.pair(pair.mentorshipId()).status()).isEqualTo(Mentorship.Status.ENDED_EARLY);
    }

    // ---- fixtures ----------------------------------------------------------------------------------------

    private Pair matched(String prefix, Program program) {
        return matched(prefix, program, 12);
    }

    private Pair matched(String prefix, Program program, int lengthMonths) {
        TestMentorships.Matched matched = fixtures.matched(prefix, program, lengthMonths);
        ProcessInstance journeyInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(matched.mentorshipId())).singleResult();
        return new Pair(matched.mentee(), matched.mentor(), matched.mentorshipId(), journeyInstance);
    }

    /**
     * Moves both clocks to the given program month and fires every timer due by then. Month m's clock is m + 1 minutes
     * past the calendar's month: the journey opens each month a program month after the one before, so stepping month
     * by month its timer is always a minute past due.
     */
    private void fireDueTimers(Pair pair, int month) {
        Duration offset = Duration.parse(calendar.months(month)).plusMinutes(month + 1);
        clocks.moveTo(offset);
        DueJobs.fire(managementService, pair.journey().getId());
    }

    private List<Task> openTasks(Pair pair) {
        return taskService.createTaskQuery().processInstanceId(pair.journey().getId()).orderByTaskCreateTime().asc().list();
    }

    private Task open(Pair pair, String definitionKey) {
        return openTasks(pair).stream().filter(t -> t.getTaskDefinitionKey().equals(definitionKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + definitionKey));
    }

    private int variable(Task task, String name) {
        return ((Number) taskService.getVariable(task.getId(), name)).intValue();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String body(Account account, String subject) {
        return jdbc.queryForObject("select body from mentorflow.outbox_message where recipient = ? and subject = ?",
                String.class, account.getEmail(), subject);
    }

    private List<String> mail(Account account) {
        return jdbc.queryForList("select subject from mentorflow.outbox_message where recipient = ? order by id", String.class,
                account.getEmail());
    }
}
