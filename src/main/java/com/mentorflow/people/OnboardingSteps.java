package com.mentorflow.people;

import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What participant-onboarding.bpmn does by itself, through {@link OnboardingDelegates}: remind, then mark complete. */
@Component
class OnboardingSteps {

    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final MailOutbox mail;
    private final Clock clock;

    OnboardingSteps(AccountRepository accounts, ProfileRepository profiles, MailOutbox mail, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.mail = mail;
        this.clock = clock;
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
