package com.mentorflow.matching;

import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Texts;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.KeyedTaskForm;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.BooleanSupplier;

/**
 * A task form of match-request.bpmn, one class per form key: it shows the request the task is about (the task's
 * business key is the request's id) and completes the task through {@link MatchRequestAnswers}.
 */
abstract class MatchRequestTaskForm extends KeyedTaskForm {

    private final MatchRequests requests;
    final MatchRequestAnswers answers;

    MatchRequestTaskForm(String formKey, MatchRequests requests, MatchRequestAnswers answers) {
        super(formKey);
        this.requests = requests;
        this.answers = answers;
    }

    MatchRequest requestOf(InboxTask task) {
        return requests.get(Long.parseLong(task.businessKey()));
    }

    /** A decision's command: on a refusal the form says why in {@code error} and stays open, else the inbox moves on. */
    static BooleanSupplier answer(Paragraph error, Runnable done, Runnable answer) {
        return () -> Refusals.attempt(error, () -> {
            answer.run();
            done.run();
        });
    }

    /** The requester's own words, set apart from the form's. */
    static Paragraph quote(String note) {
        Paragraph quote = new Paragraph(note);
        quote.addClassName("request-note");
        return quote;
    }

    /** A text in the reader's language: the UI's locale, English where no UI is (a form built in a unit test). */
    static String text(String key, Object... arguments) {
        return Texts.text(reader(), key, arguments);
    }

    /** The reader's language: the UI's locale; null (English) where no UI is. */
    static java.util.Locale reader() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }
}
