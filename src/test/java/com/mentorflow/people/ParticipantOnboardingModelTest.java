package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mentorflow.ModelOnlyEngine;
import com.mentorflow.platform.ProgramCalendar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * participant-onboarding.bpmn alone, its delegates mocked: the paths through the model, nothing of the app.
 * ParticipantOnboardingProcessTest walks the same model through the real services.
 */
class ParticipantOnboardingModelTest {

    @RegisterExtension
    static final ModelOnlyEngine engine = ModelOnlyEngine.deploying("processes/participant-onboarding.bpmn");

    private static final Duration REMINDER = Duration.ofDays(3);

    private final JavaDelegate sendReminder = mock(JavaDelegate.class);
    private final JavaDelegate markComplete = mock(JavaDelegate.class);
    /** Who each reminder went to, read from the instance when the delegate ran. */
    private final List<Object> remindedParticipants = new ArrayList<>();

    @BeforeEach
    void mocks() throws Exception {
        ProgramCalendar calendar = mock(ProgramCalendar.class);
        when(calendar.getProfileReminder()).thenReturn(REMINDER.toString());
        doAnswer(call -> remindedParticipants.add(call.<DelegateExecution>getArgument(0)
                .getVariable(OnboardingProcess.VAR_PARTICIPANT))).when(sendReminder).execute(any());
        engine.bean("programCalendar", calendar)
                .bean("sendProfileReminderDelegate", sendReminder)
                .bean("markProfileCompleteDelegate", markComplete);
    }

    @Test
    void theProfileTaskGoesToTheParticipantWithAReminderTimer() {
        ProcessInstance instance = start();

        BpmnAwareTests.assertThat(instance).isWaitingAt(OnboardingProcess.TASK_COMPLETE_PROFILE);
        BpmnAwareTests.assertThat(task(instance)).isAssignedTo("sam").hasFormKey(OnboardingProcess.FORM_KEY);
        assertThat(BpmnAwareTests.job(OnboardingProcess.TIMER_PROFILE_REMINDER, instance).getDuedate())
                .as("the engine clock stands still in the test")
                .isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(REMINDER)));
    }

    @Test
    void completedInTimeTheProfileIsMarkedCompleteAndNoReminderGoesOut() throws Exception {
        ProcessInstance instance = start();

        BpmnAwareTests.complete(task(instance));

        BpmnAwareTests.assertThat(instance).isEnded()
                .hasPassed(OnboardingProcess.TASK_MARK_COMPLETE, OnboardingProcess.END_PROFILE_COMPLETE)
                .hasNotPassed(OnboardingProcess.TASK_SEND_REMINDER);
        verify(markComplete).execute(any());
        verify(sendReminder, never()).execute(any());
        engine.later(REMINDER.plusMinutes(1));
        verify(sendReminder, never()).execute(any());
    }

    @Test
    void leftOpenTheParticipantIsRemindedOnceAndTheTaskStaysOpen() throws Exception {
        ProcessInstance instance = start();

        engine.later(REMINDER.minusMinutes(1));
        verify(sendReminder, never()).execute(any());

        engine.later(REMINDER.plusMinutes(1));
        BpmnAwareTests.assertThat(instance).hasPassed(OnboardingProcess.TASK_SEND_REMINDER, "EndEvent_ReminderSent")
                .isWaitingAt(OnboardingProcess.TASK_COMPLETE_PROFILE)
                .hasNotPassed(OnboardingProcess.TASK_MARK_COMPLETE);
        assertThat(remindedParticipants).containsExactly("sam");

        engine.later(REMINDER.multipliedBy(5));
        assertThat(remindedParticipants).as("one reminder, not one every three days").hasSize(1);
        verify(markComplete, never()).execute(any());
    }

    @Test
    void remindedAndThenCompletedTheProfileIsMarkedComplete() throws Exception {
        ProcessInstance instance = start();
        engine.later(REMINDER.plusMinutes(1));

        BpmnAwareTests.complete(task(instance));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(OnboardingProcess.TASK_SEND_REMINDER,
                OnboardingProcess.TASK_MARK_COMPLETE, OnboardingProcess.END_PROFILE_COMPLETE);
        verify(sendReminder).execute(any());
        verify(markComplete).execute(any());
    }

    @Test
    void aFailingCompletionLeavesTheTaskOpen() throws Exception {
        ProcessInstance instance = start();
        doAnswer(call -> {
            throw new IllegalStateException("the profile could not be saved");
        }).when(markComplete).execute(any());

        Task task = task(instance);
        assertThatThrownBy(() -> BpmnAwareTests.complete(task))
                .hasStackTraceContaining("the profile could not be saved");

        BpmnAwareTests.assertThat(instance).isWaitingAt(OnboardingProcess.TASK_COMPLETE_PROFILE)
                .hasNotPassed(OnboardingProcess.END_PROFILE_COMPLETE);
    }

    private static ProcessInstance start() {
        return engine.start(OnboardingProcess.PROCESS_KEY, "42",
                Map.of(OnboardingProcess.VAR_ACCOUNT_ID, 42L, OnboardingProcess.VAR_PARTICIPANT, "sam"));
    }

    private static Task task(ProcessInstance instance) {
        return BpmnAwareTests.task(OnboardingProcess.TASK_COMPLETE_PROFILE, instance);
    }
}
