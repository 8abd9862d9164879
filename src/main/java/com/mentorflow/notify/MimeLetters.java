package com.mentorflow.notify;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;

/**
 * An outbox message as MIME: {@code multipart/alternative} (text, then HTML, which mail programs prefer when they can
 * show it), inside {@code multipart/mixed} beside the attachment when there is one. Mail stored before mails had HTML
 * goes out as plain text, as it was written.
 */
final class MimeLetters {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeLetters() {
    }

    static void fill(MimeMessage mime, OutboxMessage message, String from) throws MessagingException {
        mime.setFrom(new InternetAddress(from));
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.getRecipient()));
        mime.setSubject(message.getSubject(), UTF_8);
        if (message.getAttachment() == null) {
            content(mime, message);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            content(body, message);
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachment(message));
            mime.setContent(mixed);
        }
        mime.saveChanges();
    }

    private static void content(Part part, OutboxMessage message) throws MessagingException {
        if (message.getHtml() == null) {
            part.setContent(message.getBody(), "text/plain; charset=" + UTF_8);
            return;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getBody(), UTF_8, "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.getHtml(), UTF_8, "html");
        alternative.addBodyPart(html);
        part.setContent(alternative);
    }

    /** The calendar invite keeps its own type ({@code text/calendar; method=REQUEST}), so calendars offer to add it. */
    private static MimeBodyPart attachment(OutboxMessage message) throws MessagingException {
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
                message.getAttachment().getBytes(StandardCharsets.UTF_8), message.getAttachmentType())));
        attachment.setFileName(message.getAttachmentName());
        attachment.setDisposition(Part.ATTACHMENT);
        return attachment;
    }
}
