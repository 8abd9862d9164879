package com.mentorflow.circles;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskForms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** A program manager approves a circle's further term, or gives the reason it disbands. */
@org.springframework.stereotype.Component
class ApproveCircleExtensionForm extends CircleTaskForm {

    private final CircleRenewals renewals;
    private final CircleDirectory directory;

    ApproveCircleExtensionForm(CircleRenewals renewals, CircleDirectory directory) {
        super(CircleProcess.FORM_APPROVE_EXTENSION);
        this.renewals = renewals;
        this.directory = directory;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        long circleId = Long.parseLong(task.businessKey());
        CircleDirectory.Summary circle = directory.summary(circleId);
        Map<String, Integer> votes = renewals.votes(circleId);
        VerticalLayout form = layout();
        form.add(new H3(circle.name() + " wants a term " + (circle.term() + 1)), new Paragraph(circle.people()
                + " people; after twelve months disbanding is recommended. Members voted "
                + votes.get(CircleProcess.RENEWAL_CONTINUE) + " continue, " + votes.get(CircleProcess.RENEWAL_DISBAND) + " disband."));
        TextArea reason = new TextArea("Reason (needed when you say no)");
        reason.setWidthFull();
        Paragraph error = TaskForms.errorText();
        Button approve = new Button("Approve six more months", click -> TaskForms.attempt(error, () -> {
            renewals.decideExtension(task.id(), CurrentUser.username(), true, reason.getValue());
            done.run();
        }));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button("Not approved: disband", click -> TaskForms.attempt(error, () -> {
            renewals.decideExtension(task.id(), CurrentUser.username(), false, reason.getValue());
            done.run();
        }));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        form.add(reason, error, new HorizontalLayout(approve, reject));
        return form;
    }
}
