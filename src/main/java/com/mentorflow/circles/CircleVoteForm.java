package com.mentorflow.circles;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskForms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** A member's optional vote on whether the circle continues. */
@org.springframework.stereotype.Component
class CircleVoteForm extends CircleTaskForm {

    private final CircleRenewals renewals;
    private final CircleDirectory directory;

    CircleVoteForm(CircleRenewals renewals, CircleDirectory directory) {
        super(CircleProcess.FORM_VOTE);
        this.renewals = renewals;
        this.directory = directory;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        CircleDirectory.Summary circle = directory.summary(Long.parseLong(task.businessKey()));
        VerticalLayout form = layout();
        RadioButtonGroup<Boolean> vote = new RadioButtonGroup<>("Should " + circle.name() + " continue for six more months?");
        vote.setId("circle-vote");
        vote.setItems(true, false);
        vote.setItemLabelGenerator(b -> b ? "Continue" : "Disband");
        Paragraph error = TaskForms.errorText();
        Button send = new Button("Vote", click -> TaskForms.attempt(error, () -> {
            if (vote.getValue() == null) {
                throw new RejectedInputException("vote", "Choose Continue or Disband.");
            }
            renewals.vote(task.id(), CurrentUser.username(), vote.getValue());
            done.run();
        }));
        send.setId("circle-vote-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(new Paragraph("Voting is optional and closes after a week; the circle manager decides."), vote, error, send);
        return form;
    }
}
