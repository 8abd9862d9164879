package com.mentorflow.circles;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskAnswers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The manager publishes the circle once it has enough people, which starts its first term. */
@org.springframework.stereotype.Component
class PublishCircleForm extends CircleTaskForm {

    private final Circles circles;
    private final CircleDirectory directory;

    PublishCircleForm(Circles circles, CircleDirectory directory) {
        super(CircleProcess.FORM_PUBLISH);
        this.circles = circles;
        this.directory = directory;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        long circleId = task.businessId();
        CircleDirectory.Summary circle = directory.summary(circleId);
        VerticalLayout form = layout();
        UnorderedList people = new UnorderedList();
        directory.members(circleId).forEach(m -> people.add(new ListItem(m.name() + " (" + m.role().label() + ")")));
        form.add(new H3("Publish " + circle.name()), new Paragraph("Publishing starts the first six-month term: "
                + "one meeting a month, alternating Education and Experience. It needs at least " + Circles.MIN_SIZE
                + " people; it has " + circle.people() + "."), people,
                new Paragraph("Unpublished proposals expire " + CirclePlan.PUBLISH_WITHIN_WEEKS + " weeks after they were made."));
        TaskAnswers publish = new TaskAnswers(done);
        publish.primaryAnswer("circle-publish", "Publish circle", () -> circles.publish(task.id(), CurrentUser.username()));
        form.add(publish.error(), publish);
        return form;
    }
}
