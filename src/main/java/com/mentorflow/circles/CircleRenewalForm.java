package com.mentorflow.circles;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskForms;
import com.mentorflow.ui.DecisionButtons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The manager's renewal decision, with the votes so far; after twelve months a program manager approves. */
@org.springframework.stereotype.Component
class CircleRenewalForm extends CircleTaskForm {

    private final CircleRenewals renewals;
    private final CircleDirectory directory;

    CircleRenewalForm(CircleRenewals renewals, CircleDirectory directory) {
        super(CircleProcess.FORM_RENEWAL);
        this.renewals = renewals;
        this.directory = directory;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        long circleId = Long.parseLong(task.businessKey());
        CircleDirectory.Summary circle = directory.summary(circleId);
        Map<String, Integer> votes = renewals.votes(circleId);
        VerticalLayout form = layout();
        form.add(new H3("Continue " + circle.name() + "?"), new Paragraph("Votes so far: "
                + votes.get(CircleProcess.RENEWAL_CONTINUE) + " continue, " + votes.get(CircleProcess.RENEWAL_DISBAND)
                + " disband (members have a week)."));
        if (circle.term() >= CirclePlan.TERMS_BEFORE_APPROVAL) {
            Paragraph recommendation = new Paragraph("After twelve months disbanding is recommended. If you continue, "
                    + "a program manager must approve the further term. If nobody decides within "
                    + CirclePlan.DECISION_GRACE_DAYS + " days of the term's end, the circle disbands.");
            recommendation.setId("circle-renewal-recommendation");
            form.add(recommendation);
        }
        Paragraph error = TaskForms.errorText();
        boolean recommendDisband = circle.term() >= CirclePlan.TERMS_BEFORE_APPROVAL;
        DecisionButtons decision = new DecisionButtons();
        BooleanSupplier carryOn = () -> TaskForms.attempt(error, () -> {
            renewals.decideRenewal(task.id(), CurrentUser.username(), true);
            done.run();
        });
        BooleanSupplier disband = () -> TaskForms.attempt(error, () -> {
            renewals.decideRenewal(task.id(), CurrentUser.username(), false);
            done.run();
        });
        String carryOnLabel = recommendDisband ? "Ask to continue" : "Continue six months";
        if (recommendDisband) {
            decision.option("circle-continue", carryOnLabel, carryOn);
            decision.primary("circle-disband", "Disband", disband);
        } else {
            decision.primary("circle-continue", carryOnLabel, carryOn);
            decision.option("circle-disband", "Disband", disband);
        }
        form.add(error, decision);
        return form;
    }
}
