package com.mentorflow.notify;

import java.time.Clock;
import java.util.List;
import java.util.Map;
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

    /** Mail written to this address, for "Download my data". */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> writtenTo(String recipient) {
        return messages.findByRecipientOrderByIdDesc(recipient).stream()
                .map(m -> Map.<String, Object>of("written", m.getCreatedAt().toString(), "subject", m.getSubject(),
                        "status", m.getStatus().name().toLowerCase()))
                .toList();
    }

    /** Erasure: keeps that mail was written (counts, retries) but not to whom or what it said. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetRecipient(String recipient, String replacement) {
        messages.findByRecipientOrderByIdDesc(recipient).forEach(message -> message.forget(replacement));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(String recipient, String subject, String body) {
        return messages.save(new OutboxMessage(recipient, subject, body, clock.instant())).getId();
    }

    /** A mail with one text attachment, e.g. a calendar invite ({@code text/calendar}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(String recipient, String subject, String body, String attachmentName, String attachmentType,
                        String attachment) {
        OutboxMessage message = new OutboxMessage(recipient, subject, body, clock.instant());
        message.attach(attachmentName, attachmentType, attachment);
        return messages.save(message).getId();
    }
}
