package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.mentorflow.ModelOnlyEngine;
import com.mentorflow.matching.MatchRequestAcceptance.Start;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * match-request.bpmn on its own: only it and the decision it calls (match-approval.dmn) deployed, every delegate a
 * mock, so each test says which way the model goes. What the steps do to requests and people is
 * {@link MatchRequestProcessTest}'s.
 */
class MatchRequestModelTest {

    @RegisterExtension
    static final ModelOnlyEngine engine = ModelOnlyEngine.deploying("processes/match-request.bpmn",
            "processes/match-approval.dmn");

    static final Duration REMINDER = Duration.ofDays(3);
    static final Duration EXPIRY = Duration.ofDays(14);

    final Map<String, JavaDelegate> delegates = new HashMap<>();

    /** What the model reads from the program calendar: a reminder every three days, expiry after fourteen. */
    public static class Calendar {
        public String getReviewReminder() {
            return REMINDER.toString();
        }

        public String getRequestExpiry() {
            return EXPIRY.toString();
        }

        public Date getRequestExpiryDue() {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(EXPIRY));
        }
    }

    @BeforeEach
    void mocks() {
        for (String name : new String[] {"requireApprovalDelegate", "rejectRequestDelegate", "openForReviewDelegate",
                "remindMentorDelegate", "expireRequestDelegate", "withdrawRequestDelegate", "declineRequestDelegate",
                "createMentorshipDelegate", "withdrawOtherRequestsDelegate", "tellBothDelegate", "startJourneyDelegate",
                "declineMentorFullDelegate", "tellMenteeMentorFullDelegate"}) {
            delegates.put(name, mock(JavaDelegate.class));
            engine.bean(name, delegates.get(name));
        }
        engine.bean("programCalendar", new Calendar());
    }

    @Test
    void aRequestThatNeedsNoApprovalGoesStraightToTheMentor() throws Exception {
        ProcessInstance instance = send("OPEN", false, 2, false);

        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW).hasPassed(TASK_DECIDE_APPROVAL, "Task_OpenForReview")
                .hasNotPassed("Task_RequireApproval");
        BpmnAwareTests.assertThat(task(instance)).isAssignedTo("bo").hasFormKey(FORM_REVIEW).hasDueDate(
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(EXPIRY)));
        verify(delegate("openForReviewDelegate")).execute(any());
    }

    @Test
    void aSameSiteNewHireRequestWaitsForAProgramManagerThenGoesToTheMentor() throws Exception {
        ProcessInstance instance = send("NEW_HIRE", true, 2, false);

        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_APPROVE).hasPassed("Task_RequireApproval")
                .variables().containsEntry(VAR_APPROVAL_REASON, "same site in the new-hire program");
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("program-managers").hasFormKey(FORM_APPROVE);

        complete(task(instance), withVariables(VAR_APPROVED, true));

        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW).hasNotPassed(END_REJECTED);
    }

    @Test
    void aRejectedRequestEndsRejected() throws Exception {
        ProcessInstance instance = send("OPEN", false, 0, false);
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_APPROVE);

        complete(task(instance), withVariables(VAR_APPROVED, false, VAR_REASON, "Please pick a more senior mentor."));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder("Task_RejectRequest", END_REJECTED)
                .hasNotPassed(TASK_REVIEW);
        verify(delegate("rejectRequestDelegate")).execute(any());
    }

    @Test
    void anAcceptedRequestWithRoomWithdrawsTheOthersTellsBothAndStartsTheJourney() throws Exception {
        mentorshipStarts(Start.STARTED);
        ProcessInstance instance = send("OPEN", false, 2, false);

        complete(task(instance), withVariables(VAR_ACCEPTED, true));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(TASK_CREATE_MENTORSHIP, TASK_WITHDRAW_OTHERS,
                TASK_TELL_BOTH, EVENT_JOURNEY_STARTS, END_MATCHED).hasNotPassed(TASK_DECLINE_MENTOR_FULL, TASK_DECLINE);
        verify(delegate("startJourneyDelegate")).execute(any());
    }

    @Test
    void aMentorWhoIsFullByNowDeclinesWithItsOwnMail() throws Exception {
        mentorshipStarts(Start.MENTOR_FULL);
        ProcessInstance instance = send("OPEN", false, 2, false);

        complete(task(instance), withVariables(VAR_ACCEPTED, true));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(TASK_CREATE_MENTORSHIP, TASK_DECLINE_MENTOR_FULL,
                TASK_TELL_MENTOR_FULL, END_MENTOR_FULL).hasNotPassed(TASK_WITHDRAW_OTHERS, TASK_TELL_BOTH, END_MATCHED);
        verify(delegate("tellMenteeMentorFullDelegate")).execute(any());
        verify(delegate("startJourneyDelegate"), never()).execute(any());
    }

    @Test
    void aMenteeWhoHasAMentorByNowIsDeclinedAsWhenTheMentorDeclines() throws Exception {
        mentorshipStarts(Start.MENTEE_HAS_MENTOR);
        ProcessInstance instance = send("OPEN", false, 2, false);

        complete(task(instance), withVariables(VAR_ACCEPTED, true));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(TASK_CREATE_MENTORSHIP, TASK_DECLINE, END_DECLINED)
                .hasNotPassed(TASK_DECLINE_MENTOR_FULL, END_MATCHED);
    }

    @Test
    void theMentorDeclines() throws Exception {
        ProcessInstance instance = send("OPEN", false, 2, false);

        complete(task(instance), withVariables(VAR_ACCEPTED, false, VAR_REASON, "no time"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(TASK_DECLINE, END_DECLINED)
                .hasNotPassed(TASK_CREATE_MENTORSHIP);
        verify(delegate("createMentorshipDelegate"), never()).execute(any());
    }

    @Test
    void theMentorIsRemindedTwiceThenTheRequestExpires() throws Exception {
        ProcessInstance instance = send("OPEN", false, 2, false);

        engine.later(REMINDER.plusMinutes(1));
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW).hasPassed("Task_RemindMentor", "EndEvent_ReminderSent");
        verify(delegate("remindMentorDelegate"), times(1)).execute(any());

        // A cycle's next reminder is counted from when the last one went out: each step moves the clock that far.
        engine.later(REMINDER.multipliedBy(2).plusMinutes(2));
        engine.later(REMINDER.multipliedBy(3).plusMinutes(3));
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW);
        verify(delegate("remindMentorDelegate"), times(2)).execute(any());

        engine.later(EXPIRY.plusMinutes(1));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder("Task_ExpireRequest", END_EXPIRED);
        verify(delegate("remindMentorDelegate"), times(2)).execute(any());
    }

    @Test
    void theMenteeWithdrawsWhileTheMentorDecides() throws Exception {
        ProcessInstance instance = send("OPEN", false, 2, false);

        withdraw(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(EVENT_WITHDRAWN, "Task_MarkWithdrawn", END_WITHDRAWN);
        verify(delegate("withdrawRequestDelegate")).execute(any());
    }

    @Test
    void theMenteeWithdrawsWhileAProgramManagerDecides() {
        ProcessInstance instance = send("NEW_HIRE", true, 2, false);
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_APPROVE);

        withdraw(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Event_WithdrawnDuringApproval", END_WITHDRAWN)
                .hasNotPassed(TASK_REVIEW);
    }

    // ---- fixtures ----------------------------------------------------------------------------------------

    private ProcessInstance send(String program, boolean sameSite, Integer levelGap, boolean mentorAtCapacity) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_REQUEST_ID, 42L);
        variables.put(VAR_MENTEE, "ana");
        variables.put(VAR_MENTOR, "bo");
        variables.put(VAR_PROGRAM, program);
        variables.put(VAR_SAME_SITE, sameSite);
        variables.put(VAR_LEVEL_GAP, levelGap);
        variables.put(VAR_MENTOR_AT_CAPACITY, mentorAtCapacity);
        return engine.start(PROCESS_KEY, "42", variables);
    }

    /** "Create mentorship" reports what the acceptance found, as its delegate does. */
    private void mentorshipStarts(Start start) throws Exception {
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable(VAR_MENTORSHIP_START, start.name());
            execution.setVariable(VAR_MENTORSHIP_ID, start == Start.STARTED ? 7L : null);
            return null;
        }).when(delegate("createMentorshipDelegate")).execute(any());
    }

    private void withdraw(ProcessInstance instance) {
        engine.engine().getRuntimeService().createMessageCorrelation(MESSAGE_WITHDRAWN)
                .processInstanceId(instance.getId()).setVariable(VAR_REASON, "withdrawn by the mentee").correlate();
    }

    private JavaDelegate delegate(String name) {
        return delegates.get(name);
    }
}
