package com.mentorflow.circles;

import com.mentorflow.circles.CircleMails.Mail;
import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.people.Program;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link CircleMails} mail in the outbox for a person, or for everyone in a list of memberships. The mail's
 * attachment, if any, goes along.
 */
@Component
class CirclePost {

    private final MailOutbox outbox;
    private final CirclePeople people;

    CirclePost(MailOutbox outbox, CirclePeople people) {
        this.outbox = outbox;
        this.people = people;
    }

    /** A circle without a manager has nobody to tell: no mail. */
    void send(Long accountId, Mail mail) {
        if (accountId != null) {
            outbox.enqueue(letter(people.account(accountId).getEmail(), mail));
        }
    }

    void send(Collection<CircleMembership> to, Mail mail) {
        to.forEach(m -> send(m.getAccountId(), mail));
    }

    /** A circle mail in the mail layout: under the Circles program, with its link. */
    static Letter letter(String email, Mail mail) {
        return Letter.to(email, mail.subject()).text(mail.body()).action(mail.action()).program(Program.CIRCLES.label());
    }
}
