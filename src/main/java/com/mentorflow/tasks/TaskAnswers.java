package com.mentorflow.tasks;

import com.mentorflow.platform.Refusals;
import com.mentorflow.ui.DecisionButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A task form's answer buttons and the paragraph that says why the service refused an answer: an answer runs the
 * service's command (which checks who may answer and what) and, once it went through, tells the inbox the task is done.
 * The form places {@link #error()} where it wants it, usually just above the buttons.
 */
public class TaskAnswers extends DecisionButtons {

    private final Paragraph error = Refusals.errorText();
    private final Runnable done;

    /** @param done what the inbox does once the task is completed (the form's {@code onCompleted}) */
    public TaskAnswers(Runnable done) {
        this.done = done;
    }

    public Paragraph error() {
        return error;
    }

    /** The recommended answer, drawn as the primary button. */
    public Button primaryAnswer(String id, String label, Runnable command) {
        return primary(id, label, () -> completes(command));
    }

    public Button answer(String id, String label, Runnable command) {
        return option(id, label, () -> completes(command));
    }

    private boolean completes(Runnable command) {
        return Refusals.attempt(error, () -> {
            command.run();
            done.run();
        });
    }
}
