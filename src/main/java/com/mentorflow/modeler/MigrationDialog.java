package com.mentorflow.modeler;

import com.mentorflow.platform.CurrentUser;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Moving the running instances of one version to another: what the plan maps, how many instances can move and
 * why the others cannot, then the batch with its progress and failures. Nothing moves until the admin says so.
 */
class MigrationDialog extends Dialog {

    private final ModelMigrations migrations;
    private final Runnable whenDone;
    private final Paragraph status = new Paragraph();
    private final ProgressBar bar = new ProgressBar();
    private final UnorderedList failures = new UnorderedList();
    private boolean polling;
    private String batchId;

    MigrationDialog(ModelMigrations migrations, ModelDeployments.Version source, ModelDeployments.Version target,
                    Runnable whenDone) {
        this.migrations = migrations;
        this.whenDone = whenDone;
        setId("migration-dialog");
        setHeaderTitle(getTranslation("modeler.migration.title", source.key(), String.valueOf(source.version()),
                String.valueOf(target.version())));
        setWidth("min(40rem, 95vw)");
        ModelMigrations.Proposal proposal = migrations.propose(source.definitionId(), target.definitionId());
        Paragraph plan = new Paragraph();
        plan.setId("migration-plan");
        UnorderedList reasons = new UnorderedList();
        Button start = new Button();
        start.setId("migration-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!proposal.problems().isEmpty()) {
            plan.setText(getTranslation("modeler.migration.unmappable"));
            proposal.problems().forEach(p -> reasons.add(new ListItem(p)));
            start.setVisible(false);
        } else {
            long cannot = proposal.instances() - proposal.migratable();
            plan.setText(getTranslation(cannot == 0 ? "modeler.migration.plan.allMove" : "modeler.migration.plan",
                    proposal.instances(), String.valueOf(source.version()), proposal.migratable(),
                    proposal.mappedActivities(), cannot));
            if (cannot > 0) {
                reasons.add(new ListItem(getTranslation("modeler.migration.waiting",
                        String.join(", ", proposal.unmappedActivities()), String.valueOf(target.version()),
                        String.valueOf(source.version()))));
            }
            start.setText(getTranslation("modeler.migration.start", proposal.migratable()));
            start.setEnabled(proposal.migratable() > 0);
        }
        reasons.setId("migration-reasons");
        status.setId("migration-status");
        bar.setVisible(false);
        failures.setId("migration-failures");
        start.addClickListener(click -> {
            start.setEnabled(false);
            ModelRefusal.run(getLocale(),
                            () -> follow(migrations.migrate(CurrentUser.username(), source.definitionId(), target.definitionId())))
                    .ifPresent(refusal -> {
                        status.setText(refusal);
                        start.setEnabled(true);
                    });
        });
        add(plan, reasons, bar, status, failures);
        Button close = new Button(getTranslation("modeler.migration.close"), click -> close());
        getFooter().add(close, start);
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                stopPolling();
                whenDone.run();
            }
        });
    }

    /**
     * Batch jobs run on the job executor; the dialog asks for their progress every second until they are done. The
     * browser asks (not a UI poll): a modal dialog blocks every event from outside it, the UI's poll included.
     */
    private void follow(String batchId) {
        this.batchId = batchId;
        bar.setVisible(true);
        bar.setIndeterminate(true);
        status.setText(getTranslation("modeler.migration.moving"));
        getElement().executeJs("const dialog = this; clearInterval(dialog.mentorflowPoll);"
                + " dialog.mentorflowPoll = setInterval(() => dialog.$server.refreshProgress(), 1000);");
        polling = true;
        show(batchId);
    }

    @ClientCallable
    private void refreshProgress() {
        if (polling && batchId != null) {
            show(batchId);
        }
    }

    private void show(String batchId) {
        ModelMigrations.Progress progress = migrations.progress(batchId);
        bar.setIndeterminate(false);
        bar.setValue(progress.total() == 0 ? 1 : (double) (progress.done() + progress.failed()) / progress.total());
        status.setText(progress.finished()
                ? (progress.failed() == 0 ? getTranslation("modeler.migration.done")
                        : getTranslation("modeler.migration.doneWithFailures", progress.failed()))
                : getTranslation(progress.failed() > 0 ? "modeler.migration.progressWithFailures" : "modeler.migration.progress",
                        progress.done(), progress.total(), progress.failed()));
        if (progress.failed() > 0) {
            failures.removeAll();
            migrations.failures(batchId, 20, getLocale()).forEach(f -> failures.add(new ListItem(f)));
        }
        if (progress.finished()) {
            stopPolling();
        }
    }

    private void stopPolling() {
        if (polling) {
            polling = false;
            getElement().executeJs("clearInterval(this.mentorflowPoll);");
        }
    }
}
