package com.mentorflow.tasks;

import com.mentorflow.platform.Refusals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.BiFunction;

/** Small helpers every task form uses: a factory from a lambda, and one place to show a refusal. */
public final class TaskForms {

    private TaskForms() {
    }

    public static TaskFormFactory factory(String formKey, BiFunction<InboxTask, Runnable, Component> builder) {
        return new TaskFormFactory() {
            @Override
            public String formKey() {
                return formKey;
            }

            @Override
            public Component create(InboxTask task, Runnable onCompleted) {
                return builder.apply(task, onCompleted);
            }
        };
    }

    /** The paragraph where a form says why the domain refused; hidden until then. */
    public static Paragraph errorText() {
        return Refusals.errorText();
    }

    /** Runs a command; a refusal (bad input, not permitted, changed meanwhile) is shown, never thrown at the person. */
    public static boolean attempt(Paragraph error, Runnable command) {
        return Refusals.attempt(error, command);
    }
}
