package com.mentorflow.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way a view shows why the domain refused a command (bad input, not permitted, changed meanwhile, gone):
 * the domain's own sentence in the UI's language, in a paragraph next to the form or in a notification; never an
 * exception page.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The paragraph where a form says why the domain refused; hidden until then. */
    public static Paragraph errorText() {
        return errorText("task-form-error");
    }

    public static Paragraph errorText(String id) {
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setId(id);
        error.setVisible(false);
        return error;
    }

    /** Runs a command; a refusal is shown in {@code error} and false returned, anything else is a defect and is thrown. */
    public static boolean attempt(Paragraph error, Runnable command) {
        error.setVisible(false);
        Optional<String> refusal = run(command);
        refusal.ifPresent(error::setText);
        error.setVisible(refusal.isPresent());
        return refusal.isEmpty();
    }

    /** Runs a command; a refusal is shown in an error notification and false returned. */
    public static boolean attemptOrNotify(Runnable command) {
        Optional<String> refusal = run(command);
        refusal.ifPresent(sentence -> Notification.show(sentence, 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        return refusal.isEmpty();
    }

    /** The sentence of a refusal in the UI's language (English without a UI), or empty when the command went through. */
    public static Optional<String> run(Runnable command) {
        return run(command, UI.getCurrent() == null ? Languages.ENGLISH : UI.getCurrent().getLocale());
    }

    /** The sentence of a refusal in the reader's language, or empty when the command went through. */
    public static Optional<String> run(Runnable command, Locale reader) {
        try {
            command.run();
            return Optional.empty();
        } catch (RejectedInputException e) {
            return Optional.of(String.join(" ", e.problems(reader).values()));
        } catch (RefusalException e) {
            return Optional.of(e.message(reader));
        }
    }
}
