package com.mentorflow.circles;

import com.mentorflow.circles.CircleMails.Mail;
import com.mentorflow.notify.MailOutbox;
import java.util.Collection;
import org.springframework.stereotype.Component;

/** Puts a {@link CircleMails} mail in the outbox for a person, or for everyone in a list of memberships. */
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
            outbox.enqueue(people.account(accountId).getEmail(), mail.subject(), mail.body());
        }
    }

    void send(Collection<CircleMembership> to, Mail mail) {
        to.forEach(m -> send(m.getAccountId(), mail));
    }
}
