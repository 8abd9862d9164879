package com.mentorflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestClocks;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server (GreenMail on the port the test profile configures). */
@MentorflowTest
class OutboxTest {

    /** The one recipient of a mail stored as if written before mails had HTML. */
    static final String WRITTEN_BEFORE_HTML = "before-html@example.com";

    @Autowired MailOutbox outbox;
    @Autowired OutboxSender sender;
    @Autowired OutboxRepository messages;
    @Autowired TransactionTemplate transaction;
    @RegisterExtension final TestClocks clocks = new TestClocks();
    @Value("${spring.mail.port}") int smtpPort;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() throws Exception {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        flushEarlierMail();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void mailWrittenInATransactionIsDeliveredOverSmtp() throws Exception {
        long id = enqueue("ana@example.com", "Welcome");

        sender.sendDue();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Welcome");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ana@example.com");
        OutboxMessage stored = messages.findById(id).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(stored.getDeliveredAt()).isNotNull();
    }

    @Test
    void aLetterIsStoredAndSentAsTextWithAnHtmlAlternative() throws Exception {
        long id = transaction.execute(status -> outbox.enqueue(Letter.to("eve@example.com", "Both parts")
                .greeting("Hello Eve,").paragraphs("Your circle starts.").action("Open the circle page", "/circle/7")));

        sender.sendDue();

        OutboxMessage stored = messages.findById(id).orElseThrow();
        assertThat(stored.getBody()).contains("Hello Eve,", "Your circle starts.", "/circle/7").doesNotContain("<p");
        assertThat(stored.getHtml()).contains("<p", "Your circle starts.", "/circle/7");
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        Multipart alternative = (Multipart) received.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(lines(alternative.getBodyPart(0).getContent())).isEqualTo(stored.getBody());
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(lines(alternative.getBodyPart(1).getContent())).isEqualTo(stored.getHtml());
    }

    /** The layout's own words reach a Spanish reader in Spanish, in both parts, accents intact over SMTP. */
    @Test
    void aSpanishReaderGetsTheLayoutInSpanish() throws Exception {
        transaction.executeWithoutResult(status -> outbox.enqueue(Letter.to("lucia@example.com", "Tu círculo")
                .greeting("Hola, Lucía:").paragraphs("Tu círculo empieza.").action(null, "/circle/7").program("Círculos")
                .in(java.util.Locale.forLanguageTag("es"))));

        sender.sendDue();

        Multipart alternative = (Multipart) smtp.getReceivedMessages()[0].getContent();
        assertThat(lines(alternative.getBodyPart(0).getContent())).contains("Abrir en Mentorflow: ", "Programa: Círculos",
                "Recibes este correo porque participas").doesNotContain("Program:", "You get this mail");
        assertThat(lines(alternative.getBodyPart(1).getContent())).contains("lang=\"es\"", ">Abrir en Mentorflow</a>",
                "Si el botón no funciona, copia esta dirección en tu navegador:").doesNotContain("If the button");
    }

    /** Calendars offer to add a mail's event by its text/calendar part with method=REQUEST; HTML must not hide it. */
    @Test
    void aCalendarInviteTravelsBesideBothPartsOfTheMail() throws Exception {
        transaction.executeWithoutResult(status -> outbox.enqueue(Letter.to("dan@example.com", "Invite")
                .paragraphs("See the invite").attach("meeting-1.ics", MeetingInvite.CONTENT_TYPE,
                        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n")));

        sender.sendDue();

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("multipart/mixed");
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        assertThat(((Multipart) parts.getBodyPart(0).getContent()).getCount()).isEqualTo(2);
        BodyPart invite = parts.getBodyPart(1);
        assertThat(invite.getFileName()).isEqualTo("meeting-1.ics");
        assertThat(invite.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(new String(invite.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("METHOD:REQUEST");
    }

    /** Mail written before mails had HTML has none: it goes out as the plain text it was. */
    @Test
    void mailStoredWithoutHtmlIsSentAsPlainText() throws Exception {
        transaction.executeWithoutResult(status -> messages.save(
                new OutboxMessage(WRITTEN_BEFORE_HTML, "Written last year", "Plain as it was\n", clocks.now())));

        sender.sendDue();

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("text/plain");
        assertThat(lines(received.getContent()).strip()).isEqualTo("Plain as it was");
    }

    @Test
    void aRolledBackTransactionWritesNoMail() {
        long before = messages.count();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            outbox.enqueue(Letter.to("rollback@example.com", "Never").paragraphs("body"));
            throw new IllegalStateException("business change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void mailCanOnlyBeWrittenInsideABusinessTransaction() {
        assertThatThrownBy(() -> outbox.enqueue(Letter.to("x@example.com", "No transaction").paragraphs("body")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anSmtpOutageLosesNothingAndMailGoesOutAfterRecovery() {
        smtp.stop();
        long id = enqueue("ben@example.com", "During the outage");

        sender.sendDue();

        OutboxMessage failed = messages.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getNextAttemptAt()).isAfter(clocks.now());

        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sender.sendDue();
        assertThat(smtp.getReceivedMessages()).as("not due yet: back-off").isEmpty();

        clocks.advance(Duration.ofSeconds(31));
        sender.sendDue();

        assertThat(smtp.getReceivedMessages()).extracting(this::subject).containsExactly("During the outage");
        OutboxMessage sent = messages.findById(id).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
    }

    @Test
    void afterTheLastAttemptAMessageIsMarkedFailedWithItsError() {
        smtp.stop();
        long id = enqueue("cleo@example.com", "Never delivered");

        for (int attempt = 0; attempt < 3; attempt++) {
            sender.sendDue();
            clocks.advance(Duration.ofHours(2));
        }

        OutboxMessage failed = messages.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(3);
        assertThat(failed.getLastError()).isNotBlank();
    }

    @Test
    void withoutAnSmtpServerMailIsCaptured() throws Exception {
        MailTransport captured = new MailTransportConfiguration().mailTransport(new EmptyProvider<>(),
                new MailProperties("Mentorflow <a@b.c>", false, Duration.ofSeconds(5), Duration.ofSeconds(30),
                        Duration.ofHours(1), 3, 30));

        assertThat(captured.deliver(null)).isEqualTo(OutboxMessage.Status.CAPTURED);
    }

    @Test
    void backOffDoublesUpToTheCap() {
        MailProperties properties = new MailProperties("a@b.c", true, Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofMinutes(10), 12, 30);

        assertThat(properties.retryDelayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.retryDelayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.retryDelayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(properties.retryDelayAfter(30)).isEqualTo(Duration.ofMinutes(10));
    }

    /** A model that mails one person every second gets 30 mails through in an hour; the rest are held, not sent. */
    @Test
    void mailBeyondTheHourlyCapPerRecipientIsHeldAndNotSent() throws Exception {
        for (int i = 1; i <= 32; i++) {
            enqueue("flooded@example.com", "Reminder " + i);
        }
        long other = enqueue("someone-else@example.com", "Unrelated");

        sender.sendDue();

        assertThat(smtp.getReceivedMessages()).hasSize(31);
        assertThat(messages.findByRecipientOrderByIdDesc("flooded@example.com")).extracting(OutboxMessage::getStatus)
                .containsOnly(OutboxMessage.Status.SENT, OutboxMessage.Status.HELD)
                .filteredOn(status -> status == OutboxMessage.Status.HELD).hasSize(2);
        assertThat(messages.findById(other).orElseThrow().getStatus()).isEqualTo(OutboxMessage.Status.SENT);

        clocks.advance(Duration.ofMinutes(61));
        enqueue("flooded@example.com", "An hour later");
        sender.sendDue();
        assertThat(smtp.getReceivedMessages()).hasSize(32);
    }

    private long enqueue(String to, String subject) {
        return transaction.execute(status -> outbox.enqueue(Letter.to(to, subject).paragraphs("Hello from the test")));
    }

    /** Other tests leave mail behind (e.g. reminders); deliver it first so each test sees only its own. */
    private void flushEarlierMail() throws Exception {
        clocks.advance(Duration.ofDays(1));
        sender.sendDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    /** SMTP carries lines ending in CRLF; the outbox stores them as written. */
    private static String lines(Object content) {
        return content.toString().replace("\r\n", "\n");
    }

    private String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class EmptyProvider<T> implements org.springframework.beans.factory.ObjectProvider<T> {
        @Override
        public T getObject(Object... args) {
            throw new UnsupportedOperationException();
        }

        @Override
        public T getIfAvailable() {
            return null;
        }

        @Override
        public T getIfUnique() {
            return null;
        }

        @Override
        public T getObject() {
            throw new UnsupportedOperationException();
        }
    }
}
