package com.mentorflow.people;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.tasks.TaskAccess;
import com.mentorflow.tasks.TaskCompletion;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing the onboarding profile task: the one path for the Vaadin form, REST and tests. What the onboarding model
 * does by itself afterwards (or while the task waits) is {@link OnboardingSteps}.
 */
@Service
public class OnboardingService {

    private final TaskAccess taskAccess;
    private final TaskService taskService;
    private final TaskCompletion completion;
    private final AccountRepository accounts;
    private final ProfileService profileService;

    OnboardingService(TaskAccess taskAccess, TaskService taskService, TaskCompletion completion, AccountRepository accounts,
                      ProfileService profileService) {
        this.taskAccess = taskAccess;
        this.taskService = taskService;
        this.completion = completion;
        this.accounts = accounts;
        this.profileService = profileService;
    }

    /**
     * Saves the answers and completes the task, all or nothing.
     *
     * @throws com.mentorflow.platform.RejectedInputException when an answer is not acceptable
     * @throws com.mentorflow.platform.NotPermittedException  when the task is someone else's
     * @throws ConflictException                              when the task was completed in the meantime
     */
    @Transactional
    public void completeProfile(String taskId, String username, ProfileAnswers answers) {
        Task task = taskAccess.requireCompletableBy(taskId, username, OnboardingProcess.FORM_KEY);
        long accountId = Long.parseLong(taskService.getVariable(task.getId(), OnboardingProcess.VAR_ACCOUNT_ID).toString());
        profileService.apply(accounts.findById(accountId).orElseThrow(), answers);
        completion.complete(task.getId());
    }
}
