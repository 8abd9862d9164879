package com.mentorflow.circles;

import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskForms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.camunda.bpm.engine.TaskService;

/** The manager's "Review join request" task: who asks, what approving would break, approve or decline with a reason. */
@org.springframework.stereotype.Component
class ReviewJoinRequestForm extends CircleTaskForm {

    private final JoinReviews reviews;
    private final CircleMemberships memberships;
    private final CircleDirectory directory;
    private final ParticipantDirectory people;
    private final TaskService tasks;

    ReviewJoinRequestForm(JoinReviews reviews, CircleMemberships memberships, CircleDirectory directory, ParticipantDirectory people, TaskService tasks) {
        super(CircleProcess.FORM_REVIEW_JOIN);
        this.reviews = reviews;
        this.memberships = memberships;
        this.directory = directory;
        this.people = people;
        this.tasks = tasks;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        long circleId = Long.parseLong(task.businessKey());
        long membershipId = ((Number) tasks.getVariable(task.id(), CircleProcess.VAR_MEMBERSHIP_ID)).longValue();
        CircleMembership request = memberships.membership(membershipId);
        CircleDirectory.Summary circle = directory.summary(circleId);
        ParticipantFacts person = people.find(request.getAccountId()).orElseThrow();
        VerticalLayout form = layout();
        form.add(new H3(person.displayName() + " asks to join " + circle.name() + " as " + request.getRole().label().toLowerCase()),
                new Paragraph(person.role().isEmpty() ? "Level unknown." : person.role()),
                new Paragraph(request.getNote() == null ? "No note." : "Their note: " + request.getNote()),
                new Paragraph("The circle has " + circle.people() + " of " + circle.maxSize() + " people, "
                        + circle.advisors() + " of them advisors."));
        List<String> warnings = reviews.warningsFor(membershipId);
        Checkbox override = new Checkbox("Approve anyway");
        override.setId("join-override");
        if (!warnings.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("join-warnings");
            warnings.forEach(w -> list.add(new ListItem(w)));
            form.add(new Paragraph("Before you approve:"), list, override);
        }
        Paragraph error = TaskForms.errorText();
        Button approve = new Button("Approve", click -> TaskForms.attempt(error, () -> {
            reviews.decideJoinRequest(task.id(), CurrentUser.username(), true, null, override.getValue());
            done.run();
        }));
        approve.setId("join-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea reason = new TextArea("Or decline: tell them why");
        reason.setId("join-decline-reason");
        reason.setWidthFull();
        Button decline = new Button("Decline", click -> TaskForms.attempt(error, () -> {
            reviews.decideJoinRequest(task.id(), CurrentUser.username(), false, reason.getValue(), false);
            done.run();
        }));
        decline.setId("join-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        form.add(approve, reason, error, decline);
        return form;
    }
}
