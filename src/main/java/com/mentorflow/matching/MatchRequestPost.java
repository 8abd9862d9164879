package com.mentorflow.matching;

import com.mentorflow.matching.MatchRequestMails.Mail;
import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.Roles;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link MatchRequestMails} mail in the outbox, under the request's program: for an active person (greeted by
 * name) or every program manager.
 */
@Component
class MatchRequestPost {

    private final AccountService accounts;
    private final MailOutbox outbox;
    private final TimeZones zones;

    MatchRequestPost(AccountService accounts, MailOutbox outbox, TimeZones zones) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.zones = zones;
    }

    void send(long accountId, Program program, Mail mail) {
        accounts.findById(accountId).filter(Account::isActive).ifPresent(account -> outbox.enqueue(
                letter(account.getEmail(), program, mail).greeting("Hello " + account.getDisplayName() + ",")));
    }

    void toProgramManagers(Program program, Mail mail) {
        for (String manager : accounts.emailsOf(Roles.PROGRAM_MANAGER)) {
            outbox.enqueue(letter(manager, program, mail));
        }
    }

    private static Letter letter(String email, Program program, Mail mail) {
        return Letter.to(email, mail.subject()).text(mail.body()).action(mail.action()).program(program.label());
    }

    String name(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("Someone");
    }

    /** A date and time as the person reads it in a mail (their time zone). */
    String dateTimeFor(long accountId, Instant at) {
        return zones.forMail(accountId).dateTime(at);
    }
}
