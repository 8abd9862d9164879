package com.mentorflow.circles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/** A program manager approves a circle's further term, or gives the reason it disbands. */
@org.springframework.stereotype.Component
class ApproveCircleExtensionForm extends RenewalDecisionForm {

    ApproveCircleExtensionForm(CircleRenewals renewals, CircleDirectory directory) {
        super(CircleProcess.FORM_APPROVE_EXTENSION, renewals, directory);
    }

    @Override
    List<Component> explanation(CircleDirectory.Summary circle, String votes) {
        return List.of(new H3(words("circles.extension.title", circle.name(), circle.term() + 1)), text("circle-extension-facts",
                words("circles.extension.facts", circle.people(), votes)));
    }

    @Override
    TextArea reason() {
        TextArea reason = new TextArea(words("circles.extension.reason"));
        reason.setId("circle-extension-reason");
        reason.setWidthFull();
        return reason;
    }

    @Override
    Options options(CircleDirectory.Summary circle) {
        return new Options("circle-extension-approve", words("circles.extension.approve"), "circle-extension-refuse",
                words("circles.extension.refuse"));
    }

    /** The circle manager has asked to continue: approving is what the program manager is asked. */
    @Override
    boolean disbandIsPrimary(CircleDirectory.Summary circle) {
        return false;
    }

    @Override
    void decide(String taskId, String username, boolean approved, String reason) {
        renewals.decideExtension(taskId, username, approved, reason);
    }
}
