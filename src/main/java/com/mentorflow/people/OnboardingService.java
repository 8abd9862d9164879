package com.mentorflow.people;

import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.tasks.TaskAccess;
import com.mentorflow.tasks.TaskCompletion;
import java.time.Clock;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completing the onboarding profile task: the one path for the Vaadin form, REST and tests. */
@Service
public class OnboardingService {

    private final TaskAccess taskAccess;
    private final TaskService taskService;
    private final TaskCompletion completion;
    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final ProfileService profileService;
    private final MailOutbox mail;
    private final Clock clock;

    OnboardingService(TaskAccess taskAccess, TaskService taskService, TaskCompletion completion, AccountRepository accounts,
                      ProfileRepository profiles, ProfileService profileService, MailOutbox mail, Clock clock) {
        this.taskAccess = taskAccess;
        this.taskService = taskService;
        this.completion = completion;
        this.accounts = accounts;
        this.profiles = profiles;
        this.profileService = profileService;
        this.mail = mail;
        this.clock = clock;
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

    /** Called by the model once the profile task is done. */
    @Transactional
    void markComplete(long accountId) {
        profiles.findById(accountId).orElseThrow().markComplete(clock.instant());
    }

    /** Called by the model's reminder timer while the profile task is still open. */
    @Transactional
    void remindToComplete(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        mail.enqueue(Letter.to(account.getEmail(), "Reminder: complete your mentoring profile")
                .greeting("Hello " + account.getDisplayName() + ",")
                .paragraphs("your mentoring profile is not complete yet. It takes under five minutes: sign in to Mentorflow "
                        + "and open \"Complete your mentoring profile\" in My tasks.", "Your profile is used for mentoring only.")
                .action("Open My tasks", "/"));
    }
}
