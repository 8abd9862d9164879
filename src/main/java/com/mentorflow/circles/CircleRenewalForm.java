package com.mentorflow.circles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.List;

/** The manager's renewal decision at the end of a term, with the votes so far; after twelve months a program manager approves. */
@org.springframework.stereotype.Component
class CircleRenewalForm extends RenewalDecisionForm {

    CircleRenewalForm(CircleRenewals renewals, CircleDirectory directory) {
        super(CircleProcess.FORM_RENEWAL, renewals, directory);
    }

    @Override
    List<Component> explanation(CircleDirectory.Summary circle, String votes) {
        List<Component> texts = new ArrayList<>(List.of(new H3(words("circles.renewal.title", circle.name())),
                text("circle-renewal-votes", words("circles.renewal.votesSoFar", votes))));
        if (disbandRecommended(circle)) {
            texts.add(text("circle-renewal-recommendation", words("circles.renewal.recommendation",
                    CirclePlan.DECISION_GRACE_DAYS)));
        }
        return texts;
    }

    @Override
    Options options(CircleDirectory.Summary circle) {
        return new Options("circle-continue", words(disbandRecommended(circle) ? "circles.renewal.askToContinue"
                : "circles.renewal.continue"), "circle-disband", words("circles.renewal.disband"));
    }

    @Override
    boolean disbandIsPrimary(CircleDirectory.Summary circle) {
        return disbandRecommended(circle);
    }

    @Override
    void decide(String taskId, String username, boolean continueCircle, String reason) {
        renewals.decideRenewal(taskId, username, continueCircle);
    }
}
