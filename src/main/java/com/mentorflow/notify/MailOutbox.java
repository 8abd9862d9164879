package com.mentorflow.notify;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where other modules hand over mail. The message is stored in the caller's transaction: if the business
 * change rolls back, so does the mail; if it commits, the mail goes out even when SMTP is down right now.
 */
@Service
public class MailOutbox {

    private final OutboxRepository messages;
    private final Clock clock;

    MailOutbox(OutboxRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(String recipient, String subject, String body) {
        return messages.save(new OutboxMessage(recipient, subject, body, clock.instant())).getId();
    }
}
