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
        return new Shape<>("circle-vote", "Should " + circle.name() + " continue for six more months?", List.of(true, false),
                "circle-vote-send", "Vote");
    }

    @Override
    String label(Boolean choice) {
        return choice ? "Continue" : "Disband";
    }

    @Override
    String note() {
        return "Voting is optional and closes after a week; the circle manager decides.";
    }

    @Override
    void send(String taskId, String username, Boolean continueCircle, String comment) {
        if (continueCircle == null) {
            throw new RejectedInputException("vote", "Choose Continue or Disband.");
        }
        renewals.vote(taskId, username, continueCircle);
    }
}
