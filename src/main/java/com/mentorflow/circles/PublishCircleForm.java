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
        directory.members(circleId).forEach(m -> people.add(new ListItem(m.name() + " (" + CircleWords.role(reader(), m.role()) + ")")));
        form.add(new H3(words("circles.publish.title", circle.name())), new Paragraph(words("circles.publish.text", Circles.MIN_SIZE,
                circle.people())), people, new Paragraph(words("circles.publish.expiry", CirclePlan.PUBLISH_WITHIN_WEEKS)));
        TaskAnswers publish = new TaskAnswers(done);
        publish.primaryAnswer("circle-publish", words("circles.publish.submit"), () -> circles.publish(task.id(), CurrentUser.username()));
        form.add(publish.error(), publish);
        return form;
    }
}
