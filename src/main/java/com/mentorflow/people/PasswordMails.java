package com.mentorflow.people;

import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mails that carry a set-password link; the link starts with the configured public address. */
@Component
class PasswordMails {

    private final MailOutbox outbox;
    private final String publicUrl;
    private final Duration validFor;

    PasswordMails(MailOutbox outbox, @Value("${mentorflow.public-url:http://localhost:8080}") String publicUrl,
                  PasswordLinkProperties properties) {
        this.outbox = outbox;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.validFor = properties.validFor();
    }

    String link(String token) {
        return publicUrl + "/set-password?token=" + token;
    }

    void invitation(Employee person, String token) {
        outbox.enqueue(Letter.to(person.getEmail(), "Your invitation to Mentorflow")
                .greeting("Hello " + person.getFullName() + ",")
                .paragraphs("You are invited to Mentorflow, the company's mentoring program. Open the link below to choose "
                                + "your password and sign in.",
                        "The link works once, for " + days() + ". If it has expired, ask your Mentorflow admin for a new "
                                + "invitation.\nIf you did not expect this mail, you can ignore it.")
                .action("Choose your password", link(token)));
    }

    void reset(Account account, String token) {
        outbox.enqueue(Letter.to(account.getEmail(), "Set a new Mentorflow password")
                .greeting("Hello " + account.getDisplayName() + ",")
                .paragraphs("Someone (we hope you) asked to set a new password for your Mentorflow account \""
                                + account.getUsername() + "\". Open the link below to choose it.",
                        "The link works once, for " + days() + ". If you did not ask for this, ignore this mail: your "
                                + "password stays as it is.")
                .action("Choose a new password", link(token)));
    }

    String days() {
        long days = validFor.toDays();
        return days >= 1 ? days + (days == 1 ? " day" : " days") : validFor.toMinutes() + " minutes";
    }
}
