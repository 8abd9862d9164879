package com.mentorflow.circles;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskForms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** Feedback from everyone in a circle once it has disbanded. */
@org.springframework.stereotype.Component
class CircleFeedbackForm extends CircleTaskForm {

    private final CircleRenewals renewals;
    private final CircleDirectory directory;

    CircleFeedbackForm(CircleRenewals renewals, CircleDirectory directory) {
        super(CircleProcess.FORM_FEEDBACK);
        this.renewals = renewals;
        this.directory = directory;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        CircleDirectory.Summary circle = directory.summary(Long.parseLong(task.businessKey()));
        VerticalLayout form = layout();
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("How was " + circle.name() + "? (1 = poor, 5 = excellent)");
        rating.setId("circle-feedback-rating");
        rating.setItems(1, 2, 3, 4, 5);
        TextArea comment = new TextArea("What should other circles know? (optional)");
        comment.setMaxLength(Circles.MAX_TEXT);
        comment.setWidthFull();
        Paragraph error = TaskForms.errorText();
        Button send = new Button("Send feedback", click -> TaskForms.attempt(error, () -> {
            renewals.giveFeedback(task.id(), CurrentUser.username(), rating.getValue(), comment.getValue());
            done.run();
        }));
        send.setId("circle-feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(rating, comment, error, send);
        return form;
    }
}
