package com.mentorflow.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages, one transaction per message, with exponential back-off on failure.
 * Safe on several nodes at once: each message is locked with SKIP LOCKED while it is being sent.
 * Delivery is at-least-once: a node killed between SMTP's answer and the commit sends that mail again.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_PER_RUN = 200;

    private final OutboxRepository messages;
    private final MailTransport transport;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxSender(OutboxRepository messages, MailTransport transport, MailProperties properties,
                 TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.transport = transport;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mentorflow.mail.poll-interval:PT5S}", initialDelayString = "PT10S")
    void onSchedule() {
        if (properties.senderEnabled()) {
            sendDue();
        }
    }

    /** Sends what is due now; answers how many messages were attempted. */
    public int sendDue() {
        int attempted = 0;
        while (attempted < MAX_PER_RUN && Boolean.TRUE.equals(transaction.execute(status -> sendOne(clock.instant())))) {
            attempted++;
        }
        return attempted;
    }

    private boolean sendOne(Instant now) {
        Optional<OutboxMessage> next = messages.lockNextDue(now);
        if (next.isEmpty()) {
            return false;
        }
        OutboxMessage message = next.get();
        try {
            message.delivered(transport.deliver(message), now);
        } catch (Exception e) {
            int failures = message.getAttempts() + 1;
            boolean giveUp = failures >= properties.maxAttempts();
            message.attemptFailed(describe(e), now, properties.retryDelayAfter(failures), giveUp);
            log.warn("Mail {} to {} failed (attempt {}{}): {}", message.getId(), message.getRecipient(), failures,
                    giveUp ? ", giving up" : "", describe(e));
        }
        return true;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
