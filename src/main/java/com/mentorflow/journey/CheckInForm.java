package com.mentorflow.journey;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskAnswers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** Each side's check-in at the check-in months: a rating and three short answers. */
@org.springframework.stereotype.Component
class CheckInForm extends JourneyTaskForm {

    private final JourneyCheckIns checkIns;

    CheckInForm(JourneyCheckIns checkIns) {
        super(JourneyProcess.FORM_CHECK_IN);
        this.checkIns = checkIns;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        VerticalLayout form = layout();
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(text("journey.form.checkIn.rating"));
        rating.setId("check-in-rating");
        rating.setItems(1, 2, 3, 4, 5);
        TextArea helped = new TextArea(text("journey.form.checkIn.helped"));
        helped.setId("check-in-helped");
        TextArea change = new TextArea(text("journey.form.checkIn.change"));
        change.setId("check-in-change");
        TextArea comment = new TextArea(text("journey.form.checkIn.comment"));
        comment.setId("check-in-comment");
        TaskAnswers send = new TaskAnswers(done);
        send.primaryAnswer("check-in-send", text("journey.form.checkIn.send"), () -> checkIns.checkIn(task.id(), CurrentUser.username(),
                rating.getValue(), helped.getValue(), change.getValue(), comment.getValue()));
        form.add(rating, helped, change, comment, send.error(), send);
        return form;
    }
}
