package com.mentorflow.matching;

import com.mentorflow.matching.MatchRequestMails.Mail;
import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.ReaderLanguages;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Texts;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link MatchRequestMails} mail in the outbox, under the request's program: for an active person (greeted by
 * name, in their language) or every program manager (each in their language, ungreeted as before).
 */
@Component
class MatchRequestPost {

    private final AccountService accounts;
    private final MailOutbox outbox;
    private final TimeZones zones;
    private final ReaderLanguages languages;

    MatchRequestPost(AccountService accounts, MailOutbox outbox, TimeZones zones, ReaderLanguages languages) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.zones = zones;
        this.languages = languages;
    }

    void send(long accountId, Program program, Mail mail) {
        accounts.findById(accountId).filter(Account::isActive).ifPresent(account -> {
            Locale language = languages.languageOf(accountId);
            outbox.enqueue(letter(account.getEmail(), program, mail, language)
                    .greeting(Texts.text(language, "matching.mail.greeting", account.getDisplayName())));
        });
    }

    void toProgramManagers(Program program, Mail mail) {
        for (Account manager : accounts.activeIn(Roles.PROGRAM_MANAGER)) {
            outbox.enqueue(letter(manager.getEmail(), program, mail, languages.languageOf(manager.getId())));
        }
    }

    private static Letter letter(String email, Program program, Mail mail, Locale language) {
        Object[] args = java.util.Arrays.stream(mail.args()).map(a -> a instanceof Program p ? p.label(language) : a).toArray();
        Letter letter = Letter.to(email, Texts.text(language, mail.subjectKey(), args))
                .text(Texts.text(language, mail.bodyKey(), args)).program(program.label(language)).in(language);
        return mail.action() == null ? letter : letter.action(Texts.text(language, mail.action().label()),
                mail.action().target());
    }

    String name(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("Someone");
    }

    /** A program manager's name by username (a cohort's mails name who proposed the pair). */
    String nameOf(String username) {
        return accounts.findByUsername(username).map(Account::getDisplayName).orElse(username);
    }

    /** The account of a username: a cohort's summary goes to the program manager who submitted it. */
    java.util.Optional<Long> accountOf(String username) {
        return accounts.findByUsername(username).map(Account::getId);
    }

    /** A date and time as the person reads it in a mail (their time zone). */
    String dateTimeFor(long accountId, Instant at) {
        return zones.forMail(accountId).dateTime(at);
    }
}
