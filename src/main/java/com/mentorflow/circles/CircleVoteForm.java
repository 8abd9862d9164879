package com.mentorflow.circles;

import com.mentorflow.platform.RejectedInputException;
import java.util.List;

/** A member's optional vote on whether the circle continues. */
@org.springframework.stereotype.Component
class CircleVoteForm extends CircleAnswerForm<Boolean> {

    private final CircleRenewals renewals;

    CircleVoteForm(CircleRenewals renewals, CircleDirectory directory) {
        super(CircleProcess.FORM_VOTE, directory);
        this.renewals = renewals;
    }

    @Override
    Shape<Boolean> shape(CircleDirectory.Summary circle) {
        return new Shape<>("circle-vote", words("circles.vote.question", circle.name()), List.of(true, false),
                "circle-vote-send", words("circles.vote.send"));
    }

    @Override
    String label(Boolean choice) {
        return words(choice ? "circles.vote.continue" : "circles.vote.disband");
    }

    @Override
    String note() {
        return words("circles.vote.note");
    }

    @Override
    void send(String taskId, String username, Boolean continueCircle, String comment) {
        if (continueCircle == null) {
            throw new RejectedInputException("vote", words("circles.vote.choose"));
        }
        renewals.vote(taskId, username, continueCircle);
    }
}
