package com.mentorflow.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One mail as its author writes it: already in the reader's words and language. {@link MailOutbox} puts it in the
 * one layout (HTML with a plain-text alternative); authors never write markup, so a name can never become markup.
 *
 * @param greeting   "Hello Ana," or null
 * @param paragraphs the content; line breaks inside a paragraph are kept
 * @param action     the one thing the reader should do next, as a link into Mentorflow, or null
 * @param program    the program the mail is about ("Circles"), or null
 * @param attachment a calendar invite, or null
 * @param locale     the language of the layout's own words (footer, link hint)
 */
public record Letter(String recipient, String subject, String greeting, List<String> paragraphs, Action action,
                     String program, Attachment attachment, Locale locale) {

    /**
     * @param label  what the button says ("Open My tasks")
     * @param target a path in Mentorflow ("/circle/12"), completed with {@code mentorflow.public-url}, or an absolute
     *               http(s) address (a set-password link)
     */
    public record Action(String label, String target) {

        public Action {
            if (target == null || !(target.startsWith("/") || target.startsWith("https://") || target.startsWith("http://"))) {
                throw new IllegalArgumentException("A mail links to a path in Mentorflow or an http(s) address: " + target);
            }
        }
    }

    /** A small text attachment, e.g. {@link MeetingInvite} with {@link MeetingInvite#CONTENT_TYPE}. */
    public record Attachment(String name, String contentType, String content) {
    }

    public Letter {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        paragraphs = List.copyOf(paragraphs);
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    public static Letter to(String recipient, String subject) {
        return new Letter(recipient, subject, null, List.of(), null, null, null, Locale.ENGLISH);
    }

    public Letter greeting(String greeting) {
        return new Letter(recipient, subject, greeting, paragraphs, action, program, attachment, locale);
    }

    public Letter paragraphs(String... paragraphs) {
        return new Letter(recipient, subject, greeting, Arrays.asList(paragraphs), action, program, attachment, locale);
    }

    /** Plain text with paragraphs separated by a blank line, as mail texts are written. */
    public Letter text(String text) {
        return paragraphs(Arrays.stream(text.strip().split("\\n\\s*\\n")).map(String::strip).toArray(String[]::new));
    }

    public Letter action(String label, String target) {
        return new Letter(recipient, subject, greeting, paragraphs, new Action(label, target), program, attachment, locale);
    }

    public Letter action(Action action) {
        return new Letter(recipient, subject, greeting, paragraphs, action, program, attachment, locale);
    }

    public Letter program(String program) {
        return new Letter(recipient, subject, greeting, paragraphs, action, program, attachment, locale);
    }

    public Letter attach(String name, String contentType, String content) {
        return new Letter(recipient, subject, greeting, paragraphs, action, program, new Attachment(name, contentType, content),
                locale);
    }

    public Letter in(Locale locale) {
        return new Letter(recipient, subject, greeting, paragraphs, action, program, attachment, locale);
    }
}
