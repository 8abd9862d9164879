package com.mentorflow.matching;

import com.mentorflow.matching.cohort.CohortRunStatus;
import com.mentorflow.matching.cohort.CohortRunView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.DoubleConsumer;

/**
 * What a manager may do with a run, offered only while its status allows: in review, re-run around the locked pairs,
 * submit for publishing (optionally for another manager's approval first) or discard; awaiting approval, another
 * manager approves and publishes or sends it back with a note. Long commands run with the page's progress bar.
 */
class CohortActions extends VerticalLayout {

    /** The commands, bound to the run and the signed-in manager. */
    interface Commands {
        void rerun(DoubleConsumer progress);

        void submit(boolean secondApproval);

        void approve(boolean approved, String note);

        void discard();
    }

    private final Commands commands;
    private final CohortProgress progress;
    private final Runnable changed;
    private final Button rerun = new Button();
    private final Checkbox secondApproval = new Checkbox();
    private final Button submit = new Button();
    private final Button discard = new Button();
    private final TextArea note = new TextArea();
    private final Button approve = new Button();
    private final Button sendBack = new Button();
    private final VerticalLayout review = new VerticalLayout();
    private final VerticalLayout approval = new VerticalLayout();
    private final Paragraph error = new Paragraph();

    CohortActions(Commands commands, CohortProgress progress, Runnable changed) {
        this.commands = commands;
        this.progress = progress;
        this.changed = changed;
        setPadding(false);
        button(rerun, "cohort-rerun", "matching.cohort.actions.rerun", click -> background(
                "matching.cohort.actions.rerunning", fraction -> commands.rerun(fraction), "matching.cohort.actions.rerun.done"));
        secondApproval.setLabel(getTranslation("matching.cohort.actions.secondApproval"));
        secondApproval.setId("cohort-second-approval");
        button(submit, "cohort-submit", "matching.cohort.actions.submit", click -> {
            boolean second = secondApproval.getValue();
            background("matching.cohort.actions.submitting", fraction -> commands.submit(second), second
                    ? "matching.cohort.actions.submit.awaiting" : "matching.cohort.actions.submit.published");
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(discard, "cohort-discard", "matching.cohort.actions.discard", click -> confirmDiscard());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout reviewButtons = new HorizontalLayout(rerun, submit, discard);
        reviewButtons.setWrap(true);
        review.setPadding(false);
        review.add(new H3(getTranslation("matching.cohort.actions.title")), secondApproval, reviewButtons);

        note.setLabel(getTranslation("matching.cohort.actions.note"));
        note.setId("cohort-approval-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        button(approve, "cohort-approve", "matching.cohort.actions.approve", click -> decide(true));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        button(sendBack, "cohort-send-back", "matching.cohort.actions.sendBack", click -> decide(false));
        HorizontalLayout approvalButtons = new HorizontalLayout(approve, sendBack);
        approvalButtons.setWrap(true);
        approval.setPadding(false);
        approval.add(new H3(getTranslation("matching.cohort.actions.approvalTitle")), note, approvalButtons);

        error.setId("cohort-action-error");
        error.addClassName("form-error");
        error.setVisible(false);
        add(review, approval, error);
    }

    /** @param reader the signed-in manager: the one who computed the run does not approve it */
    void show(CohortRunView run, String reader) {
        review.setVisible(run.status() == CohortRunStatus.IN_REVIEW);
        secondApproval.setValue(run.secondApproval());
        approval.setVisible(run.status() == CohortRunStatus.AWAITING_APPROVAL && !reader.equals(run.computedBy()));
        note.clear();
        enable(true);
    }

    private void decide(boolean approved) {
        String written = note.getValue();
        background("matching.cohort.actions.deciding", fraction -> commands.approve(approved, written), approved
                ? "matching.cohort.actions.approved" : "matching.cohort.actions.sentBack");
    }

    private void confirmDiscard() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("matching.cohort.actions.discardTitle"),
                getTranslation("matching.cohort.actions.discardText"), getTranslation("matching.cohort.actions.discardConfirm"),
                confirm -> {
                    try {
                        commands.discard();
                        CohortNotices.done(getTranslation("matching.cohort.actions.discarded"));
                        changed.run();
                    } catch (RuntimeException e) {
                        failed(CohortProgress.sentence(e, getLocale()));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("matching.cohort.actions.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private interface Work {
        void with(DoubleConsumer progress);
    }

    private void background(String working, Work work, String doneKey) {
        enable(false);
        error.setVisible(false);
        progress.run(getTranslation(working), fraction -> {
            work.with(fraction);
            return Boolean.TRUE;
        }, done -> {
            CohortNotices.done(getTranslation(doneKey));
            changed.run();
        }, this::failed);
    }

    private void failed(String sentence) {
        enable(true);
        error.setText(sentence);
        error.setVisible(true);
    }

    private void enable(boolean enabled) {
        for (Button button : new Button[] {rerun, submit, discard, approve, sendBack}) {
            button.setEnabled(enabled);
        }
    }

    private void button(Button button, String id, String key,
                        com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addClickListener(click);
    }
}
