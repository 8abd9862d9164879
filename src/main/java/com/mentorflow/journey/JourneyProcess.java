package com.mentorflow.journey;

/** The ids of {@code mentee-journey.bpmn} in one place, for code and tests. */
public final class JourneyProcess {

    public static final String PROCESS_KEY = "mentee-journey";
    public static final String MESSAGE_ENDED_EARLY = "MentorshipEndedEarly";

    public static final String TIMER_NEXT_MONTH = "Timer_NextProgramMonth";
    public static final String SUBPROCESS_MODULE = "SubProcess_Module";
    public static final String TASK_COMPLETE_MODULE = "Task_CompleteModule";
    public static final String TIMER_MODULE_OVERDUE = "Timer_ModuleOverdue";
    public static final String TASK_MEETING = "Task_Meeting";
    public static final String TASK_CHECK_IN_ON_MENTORSHIP = "Task_CheckInOnMentorship";
    public static final String TASK_MENTEE_CHECK_IN = "Task_MenteeCheckIn";
    public static final String TASK_MENTOR_CHECK_IN = "Task_MentorCheckIn";
    public static final String TIMER_YEAR_COMPLETE = "Timer_JourneyComplete";
    public static final String END_COMPLETED = "EndEvent_JourneyCompleted";
    public static final String END_ENDED_EARLY = "EndEvent_EndedEarly";

    public static final String FORM_MODULE = "app:complete-module";
    public static final String FORM_MEETING = "app:meeting";
    public static final String FORM_CHECK_IN = "app:check-in";
    public static final String FORM_PM_CHECK_IN = "app:check-in-on-mentorship";

    public static final String VAR_MENTORSHIP_ID = "mentorshipId";
    public static final String VAR_MENTEE = "mentee";
    public static final String VAR_MENTOR = "mentor";
    public static final String VAR_PROGRAM = "program";
    public static final String VAR_LENGTH_MONTHS = "lengthMonths";
    public static final String VAR_PROGRAM_MONTH = "programMonth";
    public static final String VAR_MODULE = "module";
    public static final String VAR_MEETING = "meeting";
    public static final String VAR_CHECK_IN_MONTH = "checkInMonth";
    public static final String VAR_ESCALATE = "escalate";
    public static final String VAR_END_REASON = "endReason";

    private JourneyProcess() {
    }
}
