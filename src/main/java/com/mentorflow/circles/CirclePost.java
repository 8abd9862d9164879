package com.mentorflow.circles;

import com.mentorflow.circles.CircleMails.Mail;
import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ReaderLanguages;
import com.mentorflow.platform.Texts;
import java.util.Collection;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link CircleMails} mail in the outbox for a person, or for everyone in a list of memberships. The mail's
 * attachment, if any, goes along.
 */
@Component
class CirclePost {

    private final MailOutbox outbox;
    private final CirclePeople people;
    private final ReaderLanguages languages;

    CirclePost(MailOutbox outbox, CirclePeople people, ReaderLanguages languages) {
        this.outbox = outbox;
        this.people = people;
        this.languages = languages;
    }

    /** A circle without a manager has nobody to tell: no mail. */
    void send(Long accountId, Mail mail) {
        if (accountId != null) {
            outbox.enqueue(letter(people.account(accountId).getEmail(), languages.languageOf(accountId), mail));
        }
    }

    void send(Collection<CircleMembership> to, Mail mail) {
        to.forEach(m -> send(m.getAccountId(), mail));
    }

    /** A circle mail in the mail layout, in the reader's language: under the Circles program, with its link. */
    static Letter letter(String email, Locale reader, Mail mail) {
        return Letter.to(email, mail.subject().apply(reader)).text(mail.body().apply(reader)).action(mail.action(reader))
                .program(Texts.text(reader, "circles.mail.program")).in(reader);
    }
}
