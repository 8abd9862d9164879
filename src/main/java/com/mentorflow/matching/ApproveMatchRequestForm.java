package com.mentorflow.matching;

import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.Refusals;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.ui.DecisionButtons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A program manager's "Approve match request" task (form key {@code app:approve-match-request}): who asks whom and why
 * it needs approval; approve, or reject with a reason the mentee reads. Completes through {@link MatchRequestAnswers}.
 */
@org.springframework.stereotype.Component
class ApproveMatchRequestForm extends MatchRequestTaskForm {

    private final AccountService accounts;

    ApproveMatchRequestForm(MatchRequests requests, MatchRequestAnswers answers, AccountService accounts) {
        super(MatchRequestProcess.FORM_APPROVE, requests, answers);
        this.accounts = accounts;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        MatchRequest request = requestOf(task);
        VerticalLayout form = layout();
        form.add(new Paragraph(text("matching.approve.asks", name(request.getMenteeAccountId()),
                        name(request.getMentorAccountId()), text(request.getProgram().textKey()))),
                new Paragraph(text("matching.approve.because", request.getApprovalReason())),
                new Paragraph(text("matching.review.note")), quote(request.getNote()));
        TextArea reason = new TextArea(text("matching.approve.rejectReason"));
        reason.setId("approval-reason");
        reason.setMaxLength(MatchRequests.MAX_NOTE);
        Paragraph error = Refusals.errorText();
        DecisionButtons decision = new DecisionButtons();
        decision.primary("approval-approve", text("matching.approve.approve"), answer(error, done,
                () -> answers.decideApproval(task.id(), CurrentUser.username(), true, null)));
        decision.option("approval-reject", text("matching.approve.reject"), answer(error, done,
                () -> answers.decideApproval(task.id(), CurrentUser.username(), false, reason.getValue())))
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
        form.add(reason, error, decision);
        return form;
    }

    private String name(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElseThrow();
    }
}
