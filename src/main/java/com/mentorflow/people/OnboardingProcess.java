package com.mentorflow.people;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The {@code participant-onboarding} model: its ids in one place, and how an instance starts. Business key
 * is the account id; variables carry the account id and the assignee's username only.
 */
@Component
public class OnboardingProcess {

    public static final String PROCESS_KEY = "participant-onboarding";
    public static final String TASK_COMPLETE_PROFILE = "Task_CompleteProfile";
    public static final String TIMER_PROFILE_REMINDER = "Timer_ProfileReminder";
    public static final String TASK_SEND_REMINDER = "Task_SendProfileReminder";
    public static final String TASK_MARK_COMPLETE = "Task_MarkProfileComplete";
    public static final String END_PROFILE_COMPLETE = "EndEvent_ProfileComplete";
    public static final String FORM_KEY = "app:complete-profile";

    public static final String VAR_ACCOUNT_ID = "accountId";
    public static final String VAR_PARTICIPANT = "participant";

    private final RuntimeService runtimeService;

    OnboardingProcess(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    void start(Account account) {
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, account.getId().toString(),
                Map.of(VAR_ACCOUNT_ID, account.getId(), VAR_PARTICIPANT, account.getUsername()));
    }
}
