package com.mentorflow.circles;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskAnswers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/**
 * The shape of both renewal decisions (the circle manager's, and after twelve months a program manager's): the
 * circle and its members' votes, an optional reason, then continue or disband, the recommended one drawn primary.
 */
abstract class RenewalDecisionForm extends CircleTaskForm {

    /** The two answers' button ids and labels. */
    record Options(String continueId, String continueLabel, String disbandId, String disbandLabel) {
    }

    final CircleRenewals renewals;
    final CircleDirectory directory;

    RenewalDecisionForm(String formKey, CircleRenewals renewals, CircleDirectory directory) {
        super(formKey);
        this.renewals = renewals;
        this.directory = directory;
    }

    abstract List<Component> explanation(CircleDirectory.Summary circle, String votes);

    abstract Options options(CircleDirectory.Summary circle);

    /** A reason field, or null when the decision needs none. */
    TextArea reason() {
        return null;
    }

    abstract void decide(String taskId, String username, boolean continueCircle, String reason);

    @Override
    public Component create(InboxTask task, Runnable done) {
        CircleDirectory.Summary circle = directory.summary(task.businessId());
        VerticalLayout form = layout();
        form.add(explanation(circle, votes(renewals.votes(circle.id()))).toArray(Component[]::new));
        TextArea reason = reason();
        if (reason != null) {
            form.add(reason);
        }
        Options options = options(circle);
        Runnable carryOn = () -> decide(task.id(), CurrentUser.username(), true, reason == null ? null : reason.getValue());
        Runnable disband = () -> decide(task.id(), CurrentUser.username(), false, reason == null ? null : reason.getValue());
        TaskAnswers decision = new TaskAnswers(done);
        if (disbandIsPrimary(circle)) {
            decision.answer(options.continueId(), options.continueLabel(), carryOn);
            decision.primaryAnswer(options.disbandId(), options.disbandLabel(), disband);
        } else {
            decision.primaryAnswer(options.continueId(), options.continueLabel(), carryOn);
            decision.answer(options.disbandId(), options.disbandLabel(), disband);
        }
        form.add(decision.error(), decision);
        return form;
    }

    /** Which answer is drawn as the recommended one. */
    abstract boolean disbandIsPrimary(CircleDirectory.Summary circle);

    static boolean disbandRecommended(CircleDirectory.Summary circle) {
        return circle.term() >= CirclePlan.TERMS_BEFORE_APPROVAL;
    }

    static Paragraph text(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    private static String votes(Map<String, Integer> votes) {
        return words("circles.renewal.votes", votes.getOrDefault(CircleProcess.RENEWAL_CONTINUE, 0),
                votes.getOrDefault(CircleProcess.RENEWAL_DISBAND, 0));
    }
}
