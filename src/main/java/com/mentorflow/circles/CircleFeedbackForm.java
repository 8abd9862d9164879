package com.mentorflow.circles;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/** Feedback from everyone in a circle once it has disbanded. */
@org.springframework.stereotype.Component
class CircleFeedbackForm extends CircleAnswerForm<Integer> {

    private final CircleRenewals renewals;

    CircleFeedbackForm(CircleRenewals renewals, CircleDirectory directory) {
        super(CircleProcess.FORM_FEEDBACK, directory);
        this.renewals = renewals;
    }

    @Override
    Shape<Integer> shape(CircleDirectory.Summary circle) {
        return new Shape<>("circle-feedback-rating", words("circles.feedback.question", circle.name()),
                List.of(1, 2, 3, 4, 5), "circle-feedback-send", words("circles.feedback.send"));
    }

    @Override
    TextArea comment() {
        TextArea comment = new TextArea(words("circles.feedback.comment"));
        comment.setId("circle-feedback-comment");
        comment.setMaxLength(Circles.MAX_TEXT);
        comment.setWidthFull();
        return comment;
    }

    @Override
    void send(String taskId, String username, Integer rating, String comment) {
        renewals.giveFeedback(taskId, username, rating, comment);
    }
}
