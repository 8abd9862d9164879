package com.mentorflow.circles;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskAnswers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The shape of a member's answer (the renewal vote, the feedback after disbanding): pick one of a few, maybe a
 * comment, send. The service says what is missing; the send button answers a double click like every decision.
 */
abstract class CircleAnswerForm<T> extends CircleTaskForm {

    /** Ids and texts of the form's fields. */
    record Shape<T>(String choiceId, String question, List<T> choices, String sendId, String sendLabel) {
    }

    final CircleDirectory directory;

    CircleAnswerForm(String formKey, CircleDirectory directory) {
        super(formKey);
        this.directory = directory;
    }

    abstract Shape<T> shape(CircleDirectory.Summary circle);

    String label(T choice) {
        return String.valueOf(choice);
    }

    /** A comment field, or null when the answer takes none. */
    TextArea comment() {
        return null;
    }

    /** Said above the choice, or null. */
    String note() {
        return null;
    }

    abstract void send(String taskId, String username, T choice, String comment);

    @Override
    public Component create(InboxTask task, Runnable done) {
        Shape<T> shape = shape(directory.summary(task.businessId()));
        VerticalLayout form = layout();
        if (note() != null) {
            form.add(new Paragraph(note()));
        }
        RadioButtonGroup<T> choice = new RadioButtonGroup<>(shape.question());
        choice.setId(shape.choiceId());
        choice.setItems(shape.choices());
        choice.setItemLabelGenerator(this::label);
        form.add(choice);
        TextArea comment = comment();
        if (comment != null) {
            form.add(comment);
        }
        TaskAnswers send = new TaskAnswers(done);
        send.primaryAnswer(shape.sendId(), shape.sendLabel(),
                () -> send(task.id(), CurrentUser.username(), choice.getValue(), comment == null ? null : comment.getValue()));
        form.add(send.error(), send);
        return form;
    }
}
