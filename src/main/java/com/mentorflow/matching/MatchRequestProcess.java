package com.mentorflow.matching;

/** The ids of {@code match-request.bpmn} and {@code match-approval.dmn}, in one place for code and tests. */
public final class MatchRequestProcess {

    public static final String PROCESS_KEY = "match-request";
    public static final String DECISION_KEY = "match-approval";
    public static final String MESSAGE_WITHDRAWN = "MatchRequestWithdrawn";

    public static final String TASK_DECIDE_APPROVAL = "Task_DecideApproval";
    public static final String TASK_APPROVE = "Task_ApproveMatchRequest";
    public static final String TASK_REVIEW = "Task_ReviewMatchRequest";
    public static final String TIMER_REMINDER = "Timer_ReviewReminder";
    public static final String TIMER_EXPIRY = "Timer_RequestExpires";
    public static final String EVENT_WITHDRAWN = "Event_RequestWithdrawn";
    public static final String TASK_CREATE_MENTORSHIP = "Task_CreateMentorship";
    public static final String TASK_WITHDRAW_OTHERS = "Task_WithdrawOtherRequests";
    public static final String TASK_TELL_BOTH = "Task_TellBoth";
    public static final String EVENT_JOURNEY_STARTS = "Event_JourneyStarts";
    public static final String TASK_DECLINE_MENTOR_FULL = "Task_DeclineMentorFull";
    public static final String TASK_TELL_MENTOR_FULL = "Task_TellMenteeMentorFull";
    public static final String TASK_DECLINE = "Task_DeclineRequest";
    public static final String END_MATCHED = "EndEvent_Matched";
    public static final String END_MENTOR_FULL = "EndEvent_MentorFull";
    public static final String END_DECLINED = "EndEvent_Declined";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_EXPIRED = "EndEvent_Expired";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    public static final String FORM_APPROVE = "app:approve-match-request";
    public static final String FORM_REVIEW = "app:review-match-request";

    public static final String VAR_REQUEST_ID = "requestId";
    public static final String VAR_MENTEE = "mentee";
    public static final String VAR_MENTOR = "mentor";
    public static final String VAR_PROGRAM = "program";
    public static final String VAR_SAME_SITE = "sameSite";
    public static final String VAR_LEVEL_GAP = "levelGap";
    public static final String VAR_MENTOR_AT_CAPACITY = "mentorAtCapacity";
    /** Whether a program manager's cohort proposes the request (match-approval.dmn then asks for no approval). */
    public static final String VAR_PROPOSED_BY_COHORT = "proposedByCohort";
    public static final String VAR_APPROVAL_REASON = "approvalReason";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_ACCEPTED = "accepted";
    public static final String VAR_REASON = "reason";
    public static final String VAR_REASON_TEXT = "reasonText";
    public static final String VAR_MENTORSHIP_START = "mentorshipStart";
    public static final String VAR_MENTORSHIP_ID = "mentorshipId";
    /** The program manager whose cohort proposed the pair; absent when the mentee asked. */
    public static final String VAR_PROPOSED_BY = "proposedBy";

    private MatchRequestProcess() {
    }
}
