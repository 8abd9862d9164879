package com.mentorflow.people;

import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.ReaderLanguages;
import com.mentorflow.platform.Texts;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails that carry a set-password link, in the recipient's language; the link starts with the configured public
 * address.
 */
@Component
class PasswordMails {

    private final MailOutbox outbox;
    private final String publicUrl;
    private final Duration validFor;
    private final ReaderLanguages languages;

    PasswordMails(MailOutbox outbox, @Value("${mentorflow.public-url:http://localhost:8080}") String publicUrl,
                  PasswordLinkProperties properties, ReaderLanguages languages) {
        this.outbox = outbox;
        this.languages = languages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.validFor = properties.validFor();
    }

    String link(String token) {
        return publicUrl + "/set-password?token=" + token;
    }

    void invitation(Employee person, String token) {
        Locale reader = directoryLanguage(person);
        outbox.enqueue(Letter.to(person.getEmail(), Texts.text(reader, "people.mail.invitation.subject"))
                .greeting(Texts.text(reader, "people.mail.greeting", person.getFullName()))
                .paragraphs(Texts.text(reader, "people.mail.invitation.text"),
                        Texts.text(reader, "people.mail.invitation.validity", validity(reader)))
                .action(Texts.text(reader, "people.mail.invitation.action"), link(token))
                .in(reader));
    }

    void reset(Account account, String token) {
        Locale reader = languages.languageOf(account.getId());
        outbox.enqueue(Letter.to(account.getEmail(), Texts.text(reader, "people.mail.reset.subject"))
                .greeting(Texts.text(reader, "people.mail.greeting", account.getDisplayName()))
                .paragraphs(Texts.text(reader, "people.mail.reset.text", account.getUsername()),
                        Texts.text(reader, "people.mail.reset.validity", validity(reader)))
                .action(Texts.text(reader, "people.mail.reset.action"), link(token))
                .in(reader));
    }

    /** "2 days", or minutes for a link shorter than a day. */
    String validity(Locale reader) {
        long days = validFor.toDays();
        return days >= 1 ? Texts.text(reader, "people.mail.validity.days", days)
                : Texts.text(reader, "people.mail.validity.minutes", validFor.toMinutes());
    }

    /**
     * An invited person has no account yet, so no choice of language: the first of the languages the directory lists
     * for them that Mentorflow speaks, else English.
     */
    private static Locale directoryLanguage(Employee person) {
        String listed = person.getLanguages() == null ? "" : person.getLanguages();
        return Arrays.stream(listed.split(";")).map(Languages::byTag).flatMap(java.util.Optional::stream).findFirst()
                .orElse(Languages.ENGLISH);
    }
}
