package com.mentorflow.circles;

/** The ids of {@code circle-lifecycle.bpmn} and {@code circle-eligibility.dmn} in one place, for code and tests. */
public final class CircleProcess {

    public static final String PROCESS_KEY = "circle-lifecycle";
    public static final String DECISION_ELIGIBILITY = "circle-eligibility";
    public static final String MESSAGE_JOIN_REQUESTED = "CircleJoinRequested";
    public static final String MESSAGE_CANCELLED = "CircleCancelled";

    public static final String TASK_PUBLISH = "Task_PublishCircle";
    public static final String TIMER_PROPOSAL_EXPIRES = "Timer_ProposalExpires";
    public static final String TASK_REVIEW_JOIN_REQUEST = "Task_ReviewJoinRequest";
    public static final String TASK_MEETING = "Task_CircleMeeting";
    public static final String TIMER_MEETING_DUE = "Timer_MeetingDue";
    public static final String TIMER_TERM_ENDS = "Timer_TermEnds";
    public static final String TIMER_TERM_OVER = "Timer_TermOver";
    public static final String TIMER_DECISION_GRACE = "Timer_DecisionGrace";
    public static final String END_NO_DECISION = "EndEvent_NoDecision";
    public static final String TASK_VOTE = "Task_Vote";
    public static final String TIMER_VOTING_CLOSES = "Timer_VotingCloses";
    public static final String TASK_RENEWAL_DECISION = "Task_RenewalDecision";
    public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";
    public static final String TASK_FEEDBACK = "Task_GiveFeedback";
    public static final String TIMER_FEEDBACK_CLOSES = "Timer_FeedbackCloses";
    public static final String END_ARCHIVED = "EndEvent_CircleArchived";
    public static final String END_EXPIRED = "EndEvent_CircleExpired";
    public static final String END_CANCELLED = "EndEvent_CircleCancelled";

    public static final String FORM_PUBLISH = "app:publish-circle";
    public static final String FORM_REVIEW_JOIN = "app:review-join-request";
    public static final String FORM_MEETING = "app:circle-meeting";
    public static final String FORM_VOTE = "app:circle-vote";
    public static final String FORM_RENEWAL = "app:circle-renewal";
    public static final String FORM_APPROVE_EXTENSION = "app:approve-circle-extension";
    public static final String FORM_FEEDBACK = "app:circle-feedback";

    public static final String VAR_CIRCLE_ID = "circleId";
    public static final String VAR_TERM = "term";
    public static final String VAR_MEMBERSHIP_ID = "membershipId";
    public static final String VAR_TERM_STARTED_AT = "termStartedAt";
    public static final String VAR_EMPLOYEE_TYPE = "employeeType";
    public static final String VAR_ACCOUNT_ACTIVE = "accountActive";
    public static final String VAR_MEETING = "meeting";
    public static final String VAR_RENEWAL = "renewal";
    public static final String VAR_EXTENSION_APPROVED = "extensionApproved";
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_CANCEL_REASON = "cancelReason";

    public static final String RENEWAL_CONTINUE = "CONTINUE";
    public static final String RENEWAL_DISBAND = "DISBAND";
    public static final String RENEWAL_UNDECIDED = "UNDECIDED";
    public static final String OUTCOME_DISBANDED = "disbanded";
    public static final String OUTCOME_EXPIRED = "expired";

    private CircleProcess() {
    }
}
