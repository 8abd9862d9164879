package com.mentorflow.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One mail, written in the business transaction that caused it and delivered later by the sender. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status {
        /** Waiting for its first or next delivery attempt. */
        PENDING,
        /** Handed to the SMTP server. */
        SENT,
        /** No SMTP server configured: kept here for people to read on the Outbox view. */
        CAPTURED,
        /** Gave up after the last retry; an admin may retry it. */
        FAILED,
        /**
         * Not sent: the recipient had already been written more mail within the hour than
         * {@code mentorflow.mail.max-per-recipient-per-hour}, so no model can flood a person; an admin may send it.
         */
        HELD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    /** The plain-text part, and the whole mail for mail written before mails had HTML. */
    @Column(nullable = false)
    private String body;

    /** The HTML part, or null: then the mail goes out as plain text. */
    private String html;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private int attempts;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant deliveredAt;

    private String attachmentName;
    private String attachmentType;
    private String attachment;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    OutboxMessage(String recipient, String subject, String body, String html, Instant now) {
        this(recipient, subject, body, now);
        this.html = html;
    }

    void attach(String name, String contentType, String content) {
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachment = content;
    }

    void hold() {
        this.status = Status.HELD;
        this.lastError = "held: too much mail to this person within an hour";
    }

    void delivered(Status outcome, Instant now) {
        this.status = outcome;
        this.attempts++;
        this.deliveredAt = now;
        this.lastError = null;
    }

    void attemptFailed(String error, Instant now, Duration retryIn, boolean giveUp) {
        this.attempts++;
        this.lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        if (giveUp) {
            this.status = Status.FAILED;
        } else {
            this.nextAttemptAt = now.plus(retryIn);
        }
    }

    void forget(String replacementRecipient) {
        this.recipient = replacementRecipient;
        this.subject = "[erased]";
        this.body = "[erased]";
        this.html = null;
        this.attachment = null;
        if (status == Status.PENDING) {
            status = Status.FAILED;
            lastError = "recipient erased their account";
        }
    }

    void retryNow(Instant now) {
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.attempts = 0;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getHtml() {
        return html;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public String getAttachment() {
        return attachment;
    }
}
