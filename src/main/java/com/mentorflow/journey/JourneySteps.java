package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.ReaderLanguages;
import com.mentorflow.platform.Texts;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What mentee-journey.bpmn does by itself, through {@link JourneyDelegates}: end the year, nudge, end early. */
@Component
class JourneySteps {

    private final JourneyModules modules;
    private final Mentorships mentorships;
    private final MailOutbox mail;
    private final AccountService accounts;
    private final ReaderLanguages languages;

    JourneySteps(JourneyModules modules, Mentorships mentorships, MailOutbox mail, AccountService accounts,
                 ReaderLanguages languages) {
        this.modules = modules;
        this.mentorships = mentorships;
        this.mail = mail;
        this.accounts = accounts;
        this.languages = languages;
    }

    @Transactional
    void completeMentorship(long mentorshipId) {
        mentorships.complete(mentorshipId);
        Mentorships.Pair pair = mentorships.pair(mentorshipId);
        mail.enqueue(completed(pair, pair.menteeAccountId(), pair.mentorName()));
        mail.enqueue(completed(pair, pair.mentorAccountId(), pair.menteeName()));
    }

    private Letter completed(Mentorships.Pair pair, long accountId, String partner) {
        Locale reader = languages.languageOf(accountId);
        return letter(pair, accountId, Texts.text(reader, "journey.mail.completed.subject", partner))
                .paragraphs(Texts.text(reader, "journey.mail.completed.body"))
                .action(Texts.text(reader, "journey.mail.openMyMentorship"), "/journey");
    }

    /** Modules are recommended, not required: a friendly nudge, twice at most. */
    @Transactional
    void remindModule(long mentorshipId, int number) {
        Mentorships.Pair pair = mentorships.pair(mentorshipId);
        Locale reader = languages.languageOf(pair.menteeAccountId());
        LearningModule module = modules.module(number, reader);
        mail.enqueue(letter(pair, pair.menteeAccountId(),
                Texts.text(reader, "journey.mail.moduleWaiting.subject", number, module.title()))
                .paragraphs(Texts.text(reader, "journey.mail.moduleWaiting.body", number, module.title(),
                        module.estimatedMinutes()))
                .action(Texts.text(reader, "journey.mail.openMyTasks"), "/"));
    }

    @Transactional
    void endMentorshipEarly(long mentorshipId, String reason) {
        mentorships.endEarly(mentorshipId, reason);
        Mentorships.Pair pair = mentorships.pair(mentorshipId);
        // Each side reads what is next for them: the mentee looks for a new mentor, the mentor is free for a new request.
        Locale mentee = languages.languageOf(pair.menteeAccountId());
        mail.enqueue(letter(pair, pair.menteeAccountId(), Texts.text(mentee, "journey.mail.ended.subject"))
                .paragraphs(ended(mentee, pair, reason) + "\n" + Texts.text(mentee, "journey.mail.ended.mentee"))
                .action(Texts.text(mentee, "journey.mail.findAMentor"), "/mentors"));
        Locale mentor = languages.languageOf(pair.mentorAccountId());
        mail.enqueue(letter(pair, pair.mentorAccountId(), Texts.text(mentor, "journey.mail.ended.subject"))
                .paragraphs(ended(mentor, pair, reason) + "\n" + Texts.text(mentor, "journey.mail.ended.mentor")));
    }

    private static String ended(Locale reader, Mentorships.Pair pair, String reason) {
        return Texts.text(reader, "journey.mail.ended.body", pair.menteeName(), pair.mentorName(), reason);
    }

    /** A mail to one side of the pair, under their program. */
    private Letter letter(Mentorships.Pair pair, long accountId, String subject) {
        Locale reader = languages.languageOf(accountId);
        return Letter.to(accounts.emailOf(accountId), subject).program(pair.program().label(reader)).in(reader);
    }
}
