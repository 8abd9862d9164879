package com.mentorflow.people;

import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.platform.ReaderLanguages;
import com.mentorflow.platform.Texts;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What participant-onboarding.bpmn does by itself, through {@link OnboardingDelegates}: remind, then mark complete. */
@Component
class OnboardingSteps {

    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final MailOutbox mail;
    private final Clock clock;
    private final ReaderLanguages languages;

    OnboardingSteps(AccountRepository accounts, ProfileRepository profiles, MailOutbox mail, Clock clock,
                    ReaderLanguages languages) {
        this.languages = languages;
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
        Locale reader = languages.languageOf(accountId);
        mail.enqueue(Letter.to(account.getEmail(), Texts.text(reader, "people.mail.reminder.subject"))
                .greeting(Texts.text(reader, "people.mail.greeting", account.getDisplayName()))
                .paragraphs(Texts.text(reader, "people.mail.reminder.text"), Texts.text(reader, "people.mail.reminder.privacy"))
                .action(Texts.text(reader, "people.mail.reminder.action"), "/")
                .in(reader));
    }
}
