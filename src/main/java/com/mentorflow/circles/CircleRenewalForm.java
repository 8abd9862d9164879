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
        List<Component> texts = new ArrayList<>(List.of(new H3("Continue " + circle.name() + "?"),
                text("circle-renewal-votes", "Votes so far: " + votes + " (members have a week).")));
        if (disbandRecommended(circle)) {
            texts.add(text("circle-renewal-recommendation", "After twelve months disbanding is recommended. If you continue, "
                    + "a program manager must approve the further term. If nobody decides within "
                    + CirclePlan.DECISION_GRACE_DAYS + " days of the term's end, the circle disbands."));
        }
        return texts;
    }

    @Override
    Options options(CircleDirectory.Summary circle) {
        return new Options("circle-continue", disbandRecommended(circle) ? "Ask to continue" : "Continue six months",
                "circle-disband", "Disband");
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
