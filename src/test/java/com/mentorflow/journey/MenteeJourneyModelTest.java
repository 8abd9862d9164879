package com.mentorflow.journey;

import static com.mentorflow.journey.JourneyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mentorflow.ModelOnlyEngine;
import com.mentorflow.platform.ProgramCalendar;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * mentee-journey.bpmn on its own: only this model deployed on an engine of its own, the three service tasks mocked,
 * the plan real but fed by a stubbed catalogue (modules released in months 0, 2, 4, 6, 8, 10) and a 30-day month.
 * Each test walks one path by firing the timers due by the engine clock. What the services do on each step is
 * {@link MenteeJourneyProcessTest}'s part.
 */
class MenteeJourneyModelTest {

    private static final JavaDelegate completeMentorship = mock(JavaDelegate.class);
    private static final JavaDelegate endEarly = mock(JavaDelegate.class);
    /** Which module each reminder was for: the reminder is a fake that writes that down. */
    private static final List<Integer> reminded = new CopyOnWriteArrayList<>();
    private static final JavaDelegate remindModule = execution -> reminded.add((Integer) execution.getVariable(VAR_MODULE));
    private static final AtomicLong mentorshipIds = new AtomicLong();
    private static final ProgramCalendar calendar = calendar();
    private static final JourneyPlan plan = plan(calendar);

    @RegisterExtension
    static final ModelOnlyEngine models = ModelOnlyEngine.deploying("processes/mentee-journey.bpmn");

    private ProcessEngine engine;
    private long mentorship;
    /** The month the engine clock was last moved to by {@link #fireAt}. */
    private int firedMonth;

    /** A 30-day month and a 7-day week. */
    private static ProgramCalendar calendar() {
        ProgramCalendar calendar = mock(ProgramCalendar.class);
        when(calendar.getMonth()).thenReturn("P30D");
        when(calendar.getWeek()).thenReturn("P7D");
        when(calendar.months(anyInt())).thenAnswer(call -> "P" + 30 * call.<Integer>getArgument(0) + "D");
        return calendar;
    }

    /** The real plan, fed a catalogue whose modules are released in months 0, 2, 4, 6, 8 and 10. */
    private static JourneyPlan plan(ProgramCalendar calendar) {
        LearningModules catalogue = mock(LearningModules.class);
        when(catalogue.numbers()).thenReturn(List.of(1, 2, 3, 4, 5, 6));
        when(catalogue.releaseMonth(anyInt())).thenAnswer(call -> 2 * (call.<Integer>getArgument(0) - 1));
        return new JourneyPlan(calendar, catalogue, List.of(0, 1, 2, 4, 6, 8, 10), List.of(6, 11), 12);
    }

    @BeforeEach
    void init() {
        models.bean("journeyPlan", plan).bean("programCalendar", calendar)
                .bean("completeMentorshipDelegate", completeMentorship).bean("endMentorshipEarlyDelegate", endEarly)
                .bean("remindModuleDelegate", remindModule);
        engine = models.engine();
        reset(completeMentorship, endEarly);
        reminded.clear();
        mentorship = mentorshipIds.incrementAndGet();
        firedMonth = 0;
    }

    @Test
    void theNewHireYearStartsWithModuleOneAndMeetingOneAndOnlyTheNextMonthsTimer() {
        ProcessInstance year = start("NEW_HIRE", 12);

        // Only month 0's work and the next month's timer: later rounds are not made until their month opens.
        BpmnAwareTests.assertThat(year).isWaitingAt(TASK_COMPLETE_MODULE, TASK_MEETING, TIMER_NEXT_MONTH);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(year.getId()).timers().count())
                .as("the next month, the year, module 1's reminder").isEqualTo(3);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(year.getId())
                .activityId(TIMER_YEAR_COMPLETE).count()).as("the year's timer").isEqualTo(1);
        assertThat(task(year, TASK_COMPLETE_MODULE).getAssignee()).isEqualTo("ana");
        assertThat(engine.getTaskService().getVariable(task(year, TASK_COMPLETE_MODULE).getId(), VAR_MODULE)).isEqualTo(1);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task(year, TASK_MEETING).getId()))
                .extracting(link -> link.getUserId()).containsExactlyInAnyOrder("ana", "ben");
    }

    @Test
    void openMentoringHasNoModulesAndEndsAfterTheAgreedMonths() throws Exception {
        ProcessInstance months = start("OPEN", 3);

        BpmnAwareTests.assertThat(months).hasNotPassed(SUBPROCESS_MODULE).isNotWaitingAt(TASK_COMPLETE_MODULE);
        completeAll(months, TASK_MEETING);
        fireAt(months, 1);
        BpmnAwareTests.assertThat(months).isWaitingAt(TASK_MEETING, TASK_MENTEE_CHECK_IN, TASK_MENTOR_CHECK_IN);
        fireAt(months, 3);

        BpmnAwareTests.assertThat(months).isEnded().hasPassed(END_COMPLETED);
        verify(completeMentorship).execute(any());
    }

    @Test
    void aYearWithEveryRoundDoneStillWaitsForItsEndAndCompletes() throws Exception {
        ProcessInstance months = start("OPEN", 3);

        for (int month = 0; month < 3; month++) {
            fireAt(months, month);
            completeAll(months, TASK_MEETING);
            completeAll(months, TASK_MENTEE_CHECK_IN);
            completeAll(months, TASK_MENTOR_CHECK_IN);
        }
        BpmnAwareTests.assertThat(months).as("nothing open after month 2, the year not over").isNotEnded();
        verify(completeMentorship, never()).execute(any());
        fireAt(months, 3);

        BpmnAwareTests.assertThat(months).isEnded().hasPassed(END_COMPLETED);
        verify(completeMentorship).execute(any());
    }

    @Test
    void anOpenModuleIsRemindedTwiceAndTheYearGoesOnWithoutIt() {
        ProcessInstance year = start("NEW_HIRE", 12);

        for (int month = 1; month <= 4; month++) {
            fireAt(year, month);
        }

        assertThat(reminded).filteredOn(module -> module == 1).hasSize(2);
        BpmnAwareTests.assertThat(year).isWaitingAt(TASK_COMPLETE_MODULE, TASK_MEETING);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(year.getId())
                .taskDefinitionKey(TASK_MEETING).count()).as("meetings 1 to 4, none logged").isEqualTo(4);
    }

    @Test
    void programMonthCountsTheMonthsOpenedAndEachRoundKeepsTheMonthItOpenedIn() {
        ProcessInstance year = start("OPEN", 12);

        assertThat(programMonth(year)).isZero();
        fireAt(year, 1);
        assertThat(programMonth(year)).isEqualTo(1);
        fireAt(year, 2);
        assertThat(programMonth(year)).isEqualTo(2);
        assertThat(tasks(year, TASK_MEETING)).extracting(t -> engine.getTaskService().getVariable(t.getId(), VAR_MEETING))
                .as("meetings 1 to 3, opened in months 0 to 2").containsExactlyInAnyOrder(1, 2, 3);
        fireAt(year, 7);

        assertThat(programMonth(year)).isEqualTo(7);
        assertThat(((Number) engine.getTaskService().getVariable(task(year, TASK_MENTEE_CHECK_IN).getId(), VAR_CHECK_IN_MONTH))
                .intValue()).as("the month-6 check-in, a month later").isEqualTo(6);
    }

    @Test
    void anEarlyEndLeavesProgramMonthAtTheLastMonthOpened() {
        ProcessInstance year = start("OPEN", 12);
        fireAt(year, 2);

        engine.getRuntimeService().createMessageCorrelation(MESSAGE_ENDED_EARLY).processInstanceBusinessKey(Long.toString(mentorship))
                .setVariable(VAR_END_REASON, "We agreed to stop (ended by ana)").correlate();

        BpmnAwareTests.assertThat(year).isEnded();
        assertThat(((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(year.getId())
                .variableName(VAR_PROGRAM_MONTH).singleResult().getValue()).intValue())
                .as("months 0 to 2 opened; cancelling the wait for month 3 moves nothing").isEqualTo(2);
    }

    @Test
    void everyUserTaskOfTheYearHasADueDate() {
        BpmnModelInstance model = Bpmn.readModelFromStream(getClass().getResourceAsStream("/processes/mentee-journey.bpmn"));

        assertThat(model.getModelElementsByType(UserTask.class))
                .extracting(UserTask::getId, UserTask::getCamundaDueDate)
                .containsExactlyInAnyOrder(tuple(TASK_COMPLETE_MODULE, "${programCalendar.month}"),
                        tuple(TASK_MEETING, "${programCalendar.month}"), tuple(TASK_MENTEE_CHECK_IN, "${programCalendar.month}"),
                        tuple(TASK_MENTOR_CHECK_IN, "${programCalendar.month}"),
                        tuple(TASK_CHECK_IN_ON_MENTORSHIP, "${programCalendar.week}"));
    }

    @Test
    void eachRoundIsDueWhenItsMonthEnds() {
        ProcessInstance year = start("NEW_HIRE", 12);

        assertThat(task(year, TASK_COMPLETE_MODULE).getDueDate()).isEqualTo(monthsAfterStart(1, 0));
        assertThat(task(year, TASK_MEETING).getDueDate()).isEqualTo(monthsAfterStart(1, 0));
        fireAt(year, 2);
        assertThat(tasks(year, TASK_COMPLETE_MODULE)).extracting(Task::getDueDate)
                .containsExactlyInAnyOrder(monthsAfterStart(1, 0), monthsAfterStart(3, 2));
        fireAt(year, 6);
        assertThat(task(year, TASK_MENTEE_CHECK_IN).getDueDate()).isEqualTo(monthsAfterStart(7, 6));
        assertThat(task(year, TASK_MENTOR_CHECK_IN).getDueDate()).isEqualTo(monthsAfterStart(7, 6));
    }

    @Test
    void aMeetingMarkedForEscalationAsksAProgramManager() {
        ProcessInstance year = start("OPEN", 12);
        Task meeting = task(year, TASK_MEETING);

        engine.getRuntimeService().setVariableLocal(meeting.getExecutionId(), VAR_ESCALATE, true);
        engine.getTaskService().complete(meeting.getId());

        BpmnAwareTests.assertThat(year).isWaitingAt(TASK_CHECK_IN_ON_MENTORSHIP);
        BpmnAwareTests.assertThat(task(year, TASK_CHECK_IN_ON_MENTORSHIP)).hasCandidateGroup("program-managers");
        assertThat(task(year, TASK_CHECK_IN_ON_MENTORSHIP).getDueDate()).as("a program week after the escalation")
                .isEqualTo(Date.from(models.testStart().plus(Duration.ofDays(7))));
    }

    @Test
    void aMeetingNotMarkedEndsItsRoundQuietly() {
        ProcessInstance year = start("OPEN", 12);

        engine.getTaskService().complete(task(year, TASK_MEETING).getId());

        BpmnAwareTests.assertThat(year).hasPassed("EndEvent_Meeting").isNotWaitingAt(TASK_CHECK_IN_ON_MENTORSHIP);
    }

    @Test
    void atMonthSixBothSidesCheckInAndTheRoundEndsWhenBothHave() {
        ProcessInstance year = start("OPEN", 12);

        fireAt(year, 6);
        BpmnAwareTests.assertThat(year).isWaitingAt(TASK_MENTEE_CHECK_IN, TASK_MENTOR_CHECK_IN);
        assertThat(task(year, TASK_MENTEE_CHECK_IN).getAssignee()).isEqualTo("ana");
        assertThat(task(year, TASK_MENTOR_CHECK_IN).getAssignee()).isEqualTo("ben");
        completeAll(year, TASK_MENTEE_CHECK_IN);
        BpmnAwareTests.assertThat(year).isWaitingAt(TASK_MENTOR_CHECK_IN).hasNotPassed("EndEvent_CheckIn");
        completeAll(year, TASK_MENTOR_CHECK_IN);

        BpmnAwareTests.assertThat(year).hasPassed("EndEvent_CheckIn");
    }

    @Test
    void theYearTimerCompletesTheMentorshipWhateverIsStillOpen() throws Exception {
        ProcessInstance year = start("NEW_HIRE", 12);

        fireAt(year, 12);

        BpmnAwareTests.assertThat(year).isEnded().hasPassed("Task_CompleteMentorship", END_COMPLETED).hasNotPassed(END_ENDED_EARLY);
        verify(completeMentorship).execute(any());
        verify(endEarly, never()).execute(any());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(year.getId()).count()).isZero();
    }

    @Test
    void endingEarlyEndsEveryOpenTaskAndTheYearNeverCompletes() throws Exception {
        ProcessInstance year = start("NEW_HIRE", 12);
        fireAt(year, 2);

        engine.getRuntimeService().createMessageCorrelation(MESSAGE_ENDED_EARLY).processInstanceBusinessKey(Long.toString(mentorship))
                .setVariable(VAR_END_REASON, "We agreed to stop (ended by ana)").correlate();

        BpmnAwareTests.assertThat(year).isEnded().hasPassed("Task_EndMentorshipEarly", END_ENDED_EARLY)
                .hasNotPassed(END_COMPLETED);
        verify(endEarly).execute(any());
        verify(completeMentorship, never()).execute(any());
    }

    private ProcessInstance start(String program, int lengthMonths) {
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Long.toString(mentorship), Map.of(VAR_MENTORSHIP_ID, mentorship,
                VAR_PROGRAM, program, VAR_MENTEE, "ana", VAR_MENTOR, "ben", VAR_LENGTH_MONTHS, lengthMonths,
                VAR_PROGRAM_MONTH, 0));
    }

    /**
     * Moves the engine clock on a month and a minute at a time (the minute puts the month's timer past due) up to that
     * month of the year, firing what is due at each step: the journey opens each month a program month after the one
     * before, so month m opens at 30·m days and m minutes.
     */
    private void fireAt(ProcessInstance instance, int month) {
        for (int next = firedMonth + 1; next <= month; next++) {
            models.later(Duration.ofDays(30L * next).plusMinutes(next));
        }
        firedMonth = Math.max(firedMonth, month);
    }

    /** That many 30-day months after the test began, plus the minutes {@link #fireAt} adds when it opened the task. */
    private Date monthsAfterStart(int months, int firedMinutes) {
        return Date.from(models.testStart().plus(Duration.ofDays(30L * months).plusMinutes(firedMinutes)));
    }

    private int programMonth(ProcessInstance instance) {
        return ((Number) engine.getRuntimeService().getVariable(instance.getId(), VAR_PROGRAM_MONTH)).intValue();
    }

    private List<Task> tasks(ProcessInstance instance, String definitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(definitionKey).list();
    }

    private Task task(ProcessInstance instance, String definitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(definitionKey).list().get(0);
    }

    private void completeAll(ProcessInstance instance, String definitionKey) {
        engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(definitionKey).list()
                .forEach(task -> engine.getTaskService().complete(task.getId()));
    }
}
