package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.*;

import com.mentorflow.ModelOnlyEngine;
import com.mentorflow.platform.ProgramCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * circle-lifecycle.bpmn alone: only this model deployed on an engine of its own (embedded PostgreSQL, no Spring), the
 * domain behind the delegates mocked ({@link CircleSteps}), the calendar 30-day months. Each test walks one path and
 * says where the instance waits or which elements it passed. The real services are walked in CircleLifecycleProcessTest.
 */
class CircleLifecycleModelTest {

    static final long CIRCLE = 5;
    static final CircleSteps steps = mock(CircleSteps.class);
    static final CircleRoster roster = mock(CircleRoster.class);
    static final CirclePlan plan = new CirclePlan(thirtyDayMonths());
    static final CircleDelegates delegates = new CircleDelegates();

    @RegisterExtension
    static final ModelOnlyEngine models = ModelOnlyEngine.deploying("processes/circle-lifecycle.bpmn");

    ProcessEngine engine;
    ProcessInstance circle;

    static ProgramCalendar thirtyDayMonths() {
        ProgramCalendar calendar = mock(ProgramCalendar.class);
        when(calendar.months(anyInt())).thenAnswer(a -> Duration.ofDays(30L * a.<Integer>getArgument(0)).toString());
        when(calendar.weeks(anyInt())).thenAnswer(a -> Duration.ofDays(7L * a.<Integer>getArgument(0)).toString());
        when(calendar.days(anyInt())).thenAnswer(a -> Duration.ofDays(a.<Integer>getArgument(0)).toString());
        when(calendar.getWeek()).thenReturn(Duration.ofDays(7).toString());
        return calendar;
    }

    @BeforeEach
    void propose() {
        reset(steps, roster);
        models.bean("circlePlan", plan).bean("circleRoster", roster)
                .bean("openRecruitingDelegate", delegates.openRecruitingDelegate(steps))
                .bean("startTermDelegate", delegates.startTermDelegate(steps, plan))
                .bean("askForRenewalDelegate", delegates.askForRenewalDelegate(steps))
                .bean("disbandCircleDelegate", delegates.disbandCircleDelegate(steps))
                .bean("expireCircleDelegate", delegates.expireCircleDelegate(steps))
                .bean("cancelCircleDelegate", delegates.cancelCircleDelegate(steps));
        engine = models.engine();
        AtomicInteger terms = new AtomicInteger();
        when(steps.startTerm(anyLong(), any(Instant.class))).thenAnswer(a -> terms.incrementAndGet());
        when(roster.manager(CIRCLE)).thenReturn("mona");
        when(roster.voters(CIRCLE)).thenReturn(List.of("ada", "bo"));
        when(roster.everyone(CIRCLE)).thenReturn(List.of("mona", "ada", "bo"));
        circle = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Long.toString(CIRCLE), Map.of(VAR_CIRCLE_ID, CIRCLE));
    }

    @Test
    void anUnpublishedProposalExpiresAfterEightWeeks() {
        verify(steps).openRecruiting(CIRCLE);
        BpmnAwareTests.assertThat(circle).isWaitingAt(TASK_PUBLISH);
        at(Duration.ofDays(56).minusMinutes(1));
        BpmnAwareTests.assertThat(circle).isWaitingAt(TASK_PUBLISH);
        at(Duration.ofDays(56).plusMinutes(1));
        BpmnAwareTests.assertThat(circle).hasPassed(TIMER_PROPOSAL_EXPIRES, END_EXPIRED).isEnded();
        verify(steps).expire(CIRCLE);
    }

    @Test
    void anEligibleJoinRequestGoesStraightToTheManager() {
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_JOIN_REQUESTED).processInstanceBusinessKey(Long.toString(CIRCLE))
                .setVariableToTriggeredScope(VAR_MEMBERSHIP_ID, 9L).correlate();
        BpmnAwareTests.assertThat(circle).isWaitingAt(TASK_PUBLISH, TASK_REVIEW_JOIN_REQUEST);
        assertThat(task(TASK_REVIEW_JOIN_REQUEST).getAssignee()).isEqualTo("mona");
    }

    @Test
    void theTermEndsAtSixMonthsThoughEveryMeetingWasHeldEarlier() {
        complete(TASK_PUBLISH);
        for (int month = 0; month < 6; month++) {
            at(Duration.ofDays(30L * month).plusMinutes(1));
            complete(TASK_MEETING);
        }
        BpmnAwareTests.assertThat(circle).isWaitingAt(TIMER_TERM_OVER);
        at(Duration.ofDays(180).minusMinutes(1));
        BpmnAwareTests.assertThat(circle).isWaitingAt(TIMER_TERM_OVER);
        verify(steps, never()).askForRenewal(anyLong());
        at(Duration.ofDays(180).plusMinutes(1));
        BpmnAwareTests.assertThat(circle).hasPassed(TIMER_TERM_OVER).isWaitingAt(TASK_VOTE, TASK_RENEWAL_DECISION);
        verify(steps).askForRenewal(CIRCLE);

        // Decided three days late, term 2 still starts where term 1 ended.
        at(Duration.ofDays(183));
        complete(TASK_RENEWAL_DECISION, Map.of(VAR_RENEWAL, RENEWAL_CONTINUE));
        verify(steps).startTerm(CIRCLE, models.testStart().plus(Duration.ofDays(180)));
        assertThat(engine.getRuntimeService().getVariable(circle.getId(), VAR_TERM_STARTED_AT))
                .isEqualTo(Date.from(models.testStart().plus(Duration.ofDays(180))));
    }

    @Test
    void unheldMeetingsCloseAtTheTermsEnd() {
        complete(TASK_PUBLISH);
        at(Duration.ofDays(180).plusMinutes(1));
        BpmnAwareTests.assertThat(circle).hasPassed(TIMER_TERM_ENDS).hasNotPassed(TIMER_TERM_OVER)
                .isWaitingAt(TASK_VOTE, TASK_RENEWAL_DECISION);
    }

    @Test
    void inTheFirstTermAnUndecidedRenewalKeepsWaiting() {
        complete(TASK_PUBLISH);
        at(Duration.ofDays(180).plusMinutes(1));
        at(Duration.ofDays(180 + 14).plusMinutes(2));
        BpmnAwareTests.assertThat(circle).hasPassed(TIMER_DECISION_GRACE, "EndEvent_KeepWaiting").isWaitingAt(TASK_RENEWAL_DECISION);
        verify(steps, never()).disband(anyLong());
    }

    @Test
    void afterTwelveMonthsNobodyDecidingDisbandsTheCircleAfterFourteenDays() {
        complete(TASK_PUBLISH);
        at(Duration.ofDays(180).plusMinutes(1));
        complete(TASK_RENEWAL_DECISION, Map.of(VAR_RENEWAL, RENEWAL_CONTINUE));
        at(Duration.ofDays(360).plusMinutes(1));
        BpmnAwareTests.assertThat(circle).isWaitingAt(TASK_VOTE, TASK_RENEWAL_DECISION);
        at(Duration.ofDays(374).minusMinutes(5));
        BpmnAwareTests.assertThat(circle).isWaitingAt(TASK_RENEWAL_DECISION);
        at(Duration.ofDays(374).plusMinutes(2));
        BpmnAwareTests.assertThat(circle).hasPassed(TIMER_DECISION_GRACE, END_NO_DECISION, "Task_Disband")
                .hasNotPassed(TASK_APPROVE_EXTENSION).isWaitingAt(TASK_FEEDBACK);
        verify(steps).disband(CIRCLE);
        at(Duration.ofDays(374 + 14).plusMinutes(5));
        BpmnAwareTests.assertThat(circle).hasPassed(END_ARCHIVED).isEnded();
    }

    @Test
    void continuingAfterTwelveMonthsNeedsAProgramManager() {
        complete(TASK_PUBLISH);
        at(Duration.ofDays(180).plusMinutes(1));
        complete(TASK_RENEWAL_DECISION, Map.of(VAR_RENEWAL, RENEWAL_CONTINUE));
        at(Duration.ofDays(360).plusMinutes(1));
        complete(TASK_RENEWAL_DECISION, Map.of(VAR_RENEWAL, RENEWAL_CONTINUE));
        BpmnAwareTests.assertThat(circle).isWaitingAt(TASK_APPROVE_EXTENSION);
        complete(TASK_APPROVE_EXTENSION, Map.of(VAR_EXTENSION_APPROVED, true));
        verify(steps).startTerm(CIRCLE, models.testStart().plus(Duration.ofDays(360)));
        BpmnAwareTests.assertThat(circle).isWaitingAt(TASK_MEETING);
    }

    @Test
    void cancellingEndsEverything() {
        complete(TASK_PUBLISH);
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_CANCELLED).processInstanceBusinessKey(Long.toString(CIRCLE))
                .setVariable(VAR_CANCEL_REASON, "The network closed.").correlate();
        BpmnAwareTests.assertThat(circle).hasPassed(END_CANCELLED).isEnded();
        verify(steps).cancelled(CIRCLE, "The network closed.");
    }

    private void at(Duration sinceStart) {
        models.later(sinceStart);
    }

    private Task task(String key) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(circle.getId()).taskDefinitionKey(key).list();
        assertThat(tasks).as("open " + key).hasSize(1);
        return tasks.get(0);
    }

    private void complete(String key) {
        complete(key, Map.of());
    }

    private void complete(String key, Map<String, Object> variables) {
        engine.getTaskService().complete(task(key).getId(), variables);
    }
}
