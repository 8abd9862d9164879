package com.mentorflow.circles;

import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskAnswers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/** The manager's "Review join request" task: who asks, what approving would break, approve or decline with a reason. */
@org.springframework.stereotype.Component
class ReviewJoinRequestForm extends CircleTaskForm {

    private final JoinReviews reviews;
    private final CircleDirectory directory;
    private final ParticipantDirectory people;

    ReviewJoinRequestForm(JoinReviews reviews, CircleDirectory directory, ParticipantDirectory people) {
        super(CircleProcess.FORM_REVIEW_JOIN);
        this.reviews = reviews;
        this.directory = directory;
        this.people = people;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        long circleId = task.businessId();
        CircleMembership request = reviews.request(task.id());
        long membershipId = request.getId();
        CircleDirectory.Summary circle = directory.summary(circleId);
        ParticipantFacts person = people.find(request.getAccountId()).orElseThrow();
        VerticalLayout form = layout();
        form.add(new H3(words("circles.review.asks." + request.getRole().name(), person.displayName(), circle.name())),
                new Paragraph(person.role().isEmpty() ? words("circles.review.levelUnknown") : person.role()),
                new Paragraph(request.getNote() == null ? words("circles.review.noNote") : words("circles.review.note", request.getNote())),
                new Paragraph(words("circles.review.size", circle.people(), circle.maxSize(), circle.advisors())));
        List<String> warnings = reviews.warningsFor(membershipId, reader());
        Checkbox override = new Checkbox(words("circles.review.override"));
        override.setId("join-override");
        if (!warnings.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("join-warnings");
            warnings.forEach(w -> list.add(new ListItem(w)));
            form.add(new Paragraph(words("circles.review.beforeApproving")), list, override);
        }
        TextArea reason = new TextArea(words("circles.review.reason"));
        reason.setId("join-decline-reason");
        reason.setWidthFull();
        TaskAnswers decision = new TaskAnswers(done);
        decision.primaryAnswer("join-approve", words("circles.review.approve"),
                () -> reviews.decideJoinRequest(task.id(), CurrentUser.username(), true, null, override.getValue()));
        decision.answer("join-decline", words("circles.review.decline"),
                () -> reviews.decideJoinRequest(task.id(), CurrentUser.username(), false, reason.getValue(), false));
        form.add(reason, decision.error(), decision);
        return form;
    }
}
