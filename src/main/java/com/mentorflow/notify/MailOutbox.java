package com.mentorflow.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where other modules hand over mail. The message is stored in the caller's transaction: if the business
 * change rolls back, so does the mail; if it commits, the mail goes out even when SMTP is down right now.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final OutboxRepository messages;
    private final Clock clock;
    private final MailProperties properties;
    private final LetterLayout layout;

    MailOutbox(OutboxRepository messages, Clock clock, MailProperties properties, LetterLayout layout) {
        this.messages = messages;
        this.clock = clock;
        this.properties = properties;
        this.layout = layout;
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

    /** Renders the letter in the mail layout and stores both parts, with its attachment if it has one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Letter letter) {
        LetterLayout.Rendered rendered = layout.render(letter);
        OutboxMessage message = new OutboxMessage(letter.recipient(), letter.subject(), rendered.text(), rendered.html(),
                clock.instant());
        if (letter.attachment() != null) {
            message.attach(letter.attachment().name(), letter.attachment().contentType(), letter.attachment().content());
        }
        return save(message);
    }

    /** Every mail is kept; beyond the hourly cap per recipient it is held instead of sent. */
    private long save(OutboxMessage message) {
        Instant hourAgo = message.getCreatedAt().minus(Duration.ofHours(1));
        if (messages.countByRecipientAndCreatedAtAfter(message.getRecipient(), hourAgo) >= properties.maxPerRecipientPerHour()) {
            message.hold();
        }
        long id = messages.save(message).getId();
        if (message.getStatus() == OutboxMessage.Status.HELD) {
            log.warn("Mail {} held: more than {} mails to one recipient within an hour", id, properties.maxPerRecipientPerHour());
        }
        return id;
    }
}
