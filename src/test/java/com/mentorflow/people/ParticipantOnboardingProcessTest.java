package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ProgramCalendar;
import com.mentorflow.platform.RejectedInputException;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Walks every path of participant-onboarding.bpmn and checks the domain state after each step. */
@MentorflowTest
class ParticipantOnboardingProcessTest {

    private static final ProfileAnswers GOOD_ANSWERS = TestProfiles.mentee().named("  Sam Rivera ").alsoInCircles()
            .growingIn(1, 7).goals("Find my feet").answers();

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired AccountService accounts;
    @Autowired OnboardingService onboarding;
    @Autowired ProgramCalendar calendar;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void aNewParticipantGetsTheProfileTaskWithAReminderTimer() {
        Instant before = Instant.now();
        Account sam = TestPeople.participant(accounts, "sam");

        ProcessInstance instance = instanceOf(sam);
        BpmnAwareTests.assertThat(instance).isWaitingAt(OnboardingProcess.TASK_COMPLETE_PROFILE);
        BpmnAwareTests.assertThat(task(instance)).isAssignedTo(sam.getUsername()).hasFormKey(OnboardingProcess.FORM_KEY);
        Job reminder = job(OnboardingProcess.TIMER_PROFILE_REMINDER, instance);
        assertThat(reminder.getDuedate().toInstant())
                .isBetween(before.plus(calendar.profileReminder()).minusSeconds(1),
                        Instant.now().plus(calendar.profileReminder()).plusSeconds(1));
        assertThat(accounts.profileOf(sam.getId()).orElseThrow().isComplete()).isFalse();
    }

    @Test
    void theReminderMailsTheParticipantAndLeavesTheTaskOpen() {
        Account sam = TestPeople.participant(accounts, "late");
        ProcessInstance instance = instanceOf(sam);

        managementService.executeJob(job(OnboardingProcess.TIMER_PROFILE_REMINDER, instance).getId());

        BpmnAwareTests.assertThat(instance).hasPassed(OnboardingProcess.TASK_SEND_REMINDER)
                .isWaitingAt(OnboardingProcess.TASK_COMPLETE_PROFILE);
        assertThat(jdbc.queryForList("select subject from mentorflow.outbox_message where recipient = ?",
                String.class, sam.getEmail()))
                .containsExactly("Reminder: complete your mentoring profile");
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void completingTheProfileStoresTheAnswersAndEndsOnboarding() {
        Account sam = TestPeople.participant(accounts, "done");
        ProcessInstance instance = instanceOf(sam);

        onboarding.completeProfile(task(instance).getId(), sam.getUsername(), GOOD_ANSWERS);

        BpmnAwareTests.assertThat(instance).hasPassed(OnboardingProcess.TASK_MARK_COMPLETE)
                .isEnded().hasPassed(OnboardingProcess.END_PROFILE_COMPLETE);
        Profile profile = accounts.profileOf(sam.getId()).orElseThrow();
        assertThat(profile.isComplete()).isTrue();
        assertThat(profile.isWantsMentee()).isTrue();
        assertThat(profile.isWantsCircles()).isTrue();
        assertThat(profile.isWantsMentor()).isFalse();
        assertThat(profile.getTimeZone()).isEqualTo("Europe/Berlin");
        assertThat(profile.getPrograms()).containsExactlyInAnyOrder(Program.OPEN, Program.CIRCLES);
        assertThat(profile.getGoalTopics()).containsExactlyInAnyOrder(1, 7);
        assertThat(profile.getConsentGivenAt()).isNotNull();
        assertThat(accounts.findByUsername(sam.getUsername()).orElseThrow().getDisplayName()).isEqualTo("Sam Rivera");
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
                .as("the reminder timer is gone with the task").isZero();
    }

    @Test
    void badAnswersAreRejectedWithAMessagePerFieldAndChangeNothing() {
        Account sam = TestPeople.participant(accounts, "bad");
        ProcessInstance instance = instanceOf(sam);
        String taskId = task(instance).getId();
        ProfileAnswers bad = ProfileAnswers.minimal(" ", false, false, false, "Mars/Olympus", false);

        assertThatThrownBy(() -> onboarding.completeProfile(taskId, sam.getUsername(), bad))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems())
                        .containsKeys("displayName", "roles", "timeZone", "consent")
                        .containsEntry("timeZone", "Please choose your time zone from the list."));

        BpmnAwareTests.assertThat(instance).isWaitingAt(OnboardingProcess.TASK_COMPLETE_PROFILE);
        Profile profile = accounts.profileOf(sam.getId()).orElseThrow();
        assertThat(profile.getTimeZone()).isNull();
        assertThat(profile.getConsentGivenAt()).isNull();
        assertThat(accounts.findByUsername(sam.getUsername()).orElseThrow().getDisplayName()).isEqualTo("Test bad");
    }

    @Test
    void someoneElsesTaskIsRefusedAndStaysOpen() {
        Account sam = TestPeople.participant(accounts, "owner");
        Account other = TestPeople.participant(accounts, "other");
        ProcessInstance instance = instanceOf(sam);

        assertThatThrownBy(() -> onboarding.completeProfile(task(instance).getId(), other.getUsername(), GOOD_ANSWERS))
                .isInstanceOf(NotPermittedException.class).hasMessage("This task belongs to someone else.");

        BpmnAwareTests.assertThat(instance).isWaitingAt(OnboardingProcess.TASK_COMPLETE_PROFILE);
        assertThat(accounts.profileOf(sam.getId()).orElseThrow().getTimeZone()).isNull();
    }

    @Test
    void aTaskCompletedElsewhereGetsAClearMessage() {
        Account sam = TestPeople.participant(accounts, "twice");
        ProcessInstance instance = instanceOf(sam);
        String taskId = task(instance).getId();
        onboarding.completeProfile(taskId, sam.getUsername(), GOOD_ANSWERS);

        assertThatThrownBy(() -> onboarding.completeProfile(taskId, sam.getUsername(), GOOD_ANSWERS))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer open");
    }

    @Test
    void programTimeComesFromTheCalendar() {
        assertThat(calendar.getProfileReminder()).isEqualTo(Duration.ofDays(3).toString());
        assertThat(calendar.months(6)).isEqualTo(Duration.ofDays(180).toString());
    }

    private ProcessInstance instanceOf(Account account) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.PROCESS_KEY)
                .processInstanceBusinessKey(account.getId().toString())
                .singleResult();
    }
}
