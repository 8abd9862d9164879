package com.mentorflow.modeler;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Editing one model version in the browser (bpmn-js with the Camunda properties panel, or dmn-js): check it
 * against the same rules as every deployment, with the problems marked on their elements, then deploy it as the
 * newest version with a comment and, for a process, move the running instances over.
 */
@Route("admin/models/edit")
@RolesAllowed(Roles.ADMIN_ROLE)
public class ModelEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ModelDeployments models;
    private final ModelValidator validator;
    private final ModelMigrations migrations;
    private final H2 title = new H2();
    private final Span state = new Span();
    private final UnorderedList problems = new UnorderedList();
    private ModelEditor editor;
    private ModelDeployments.Version version;

    public ModelEditorView(ModelDeployments models, ModelValidator validator, ModelMigrations migrations) {
        this.models = models;
        this.validator = validator;
        this.migrations = migrations;
        setSizeFull();
        problems.setId("editor-problems");
        state.setId("editor-state");
        state.addClassName("hint");
    }

    @Override
    public void setParameter(BeforeEvent event, String definitionId) {
        version = models.version(definitionId).orElse(null);
        removeAll();
        if (version == null) {
            add(new H2("Model not found"), new Paragraph("There is no model version " + definitionId + "."),
                    new Button("Back to models", click -> getUI().ifPresent(ui -> ui.navigate(ModelsView.class))));
            return;
        }
        title.setText("Edit " + version.key() + " (from version " + version.version() + ")");
        editor = version.kind().equals("decision") ? new DmnModeler() : new BpmnModeler();
        editor.setId("model-editor");
        editor.setWidthFull();
        // As tall as the window allows below the actions, so a whole model or table fits without a second scroll bar.
        editor.setHeight("max(36rem, calc(100vh - 15rem))");
        editor.addChangeListener(() -> state.setText("Changed, not deployed."));
        editor.open(new String(models.download(version), StandardCharsets.UTF_8));

        Button check = new Button("Check", click -> check());
        check.setId("editor-check");
        Button deploy = new Button("Deploy as new version…", click -> askForComment());
        deploy.setId("editor-deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button("Back to models", click -> getUI().ifPresent(ui -> ui.navigate(ModelsView.class)));
        HorizontalLayout actions = new HorizontalLayout(check, deploy, back, state);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(title, new Paragraph("Select an element to change its settings in the panel on the right. Nothing runs "
                + "differently until you deploy; running instances stay on their version until you move them."),
                actions, problems, editor);
        setFlexGrow(1, editor);
    }

    @Override
    public String getPageTitle() {
        return (version == null ? "Model" : version.key()) + " · Edit · Mentorflow";
    }

    private String fileName() {
        return version.resourceName();
    }

    /** Validates what is in the editor; {@code whenValid} runs only when nothing is wrong. */
    private void check(Consumer<byte[]> whenValid) {
        editor.saveXml(xml -> {
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            List<ModelValidator.Problem> found = validator.validate(fileName(), bytes);
            showProblems(found);
            if (found.isEmpty()) {
                whenValid.accept(bytes);
            }
        }, error -> showProblems(List.of(new ModelValidator.Problem(null, "The editor could not export the model: " + error))));
    }

    private void check() {
        check(bytes -> state.setText("No problems found."));
    }

    private void showProblems(List<ModelValidator.Problem> found) {
        problems.removeAll();
        editor.showProblems(found);
        if (!found.isEmpty()) {
            state.setText("Not deployable yet: " + found.size() + (found.size() == 1 ? " problem." : " problems."));
            problems.add(new ListItem("Fix these before deploying (marked in red on the diagram):"));
            found.forEach(p -> problems.add(new ListItem(p.toString())));
        }
    }

    private void askForComment() {
        check(bytes -> {
            Dialog dialog = new Dialog();
            dialog.setId("deploy-dialog");
            dialog.setHeaderTitle("Deploy " + version.key() + " as a new version");
            TextField comment = new TextField("What changed and why");
            comment.setId("deploy-comment");
            comment.setWidthFull();
            comment.setMaxLength(200);
            comment.setRequired(true);
            comment.setHelperText("Shown with the version and in the audit log (5 to 200 characters).");
            Button confirm = new Button("Deploy", click -> deploy(dialog, comment, bytes));
            confirm.setId("deploy-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickShortcut(Key.ENTER);
            dialog.add(new Paragraph("New instances will start on the new version."), comment);
            dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
            dialog.open();
            comment.focus();
        });
    }

    private void deploy(Dialog dialog, TextField comment, byte[] bytes) {
        try {
            String deploymentId = models.deploy(CurrentUser.username(), fileName(), bytes, comment.getValue());
            dialog.close();
            List<ModelDeployments.Version> versions = models.versions();
            ModelDeployments.Version deployed = versions.stream().filter(v -> v.deploymentId().equals(deploymentId))
                    .findFirst().orElseThrow();
            state.setText("Deployed as version " + deployed.version() + ".");
            Notification.show(version.key() + " is deployed as version " + deployed.version() + ".", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            offerMigration(deployed, versions);
        } catch (RejectedInputException e) {
            comment.setInvalid(e.problems().containsKey("comment"));
            comment.setErrorMessage(e.problems().get("comment"));
            if (e.problems().keySet().stream().anyMatch(k -> !k.equals("comment"))) {
                dialog.close();
                problems.removeAll();
                problems.add(new ListItem("Not deployed:"));
                e.problems().forEach((field, message) -> {
                    if (!field.equals("comment")) {
                        problems.add(new ListItem(message));
                    }
                });
            }
        } catch (NotPermittedException e) {
            dialog.close();
            Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE);
        }
    }

    /** After a process is deployed, the versions that still have running instances can move to it. */
    private void offerMigration(ModelDeployments.Version deployed, List<ModelDeployments.Version> versions) {
        if (!deployed.kind().equals("process")) {
            return;
        }
        List<ModelDeployments.Version> running = versions.stream()
                .filter(v -> v.kind().equals("process") && v.key().equals(deployed.key()) && v.version() < deployed.version()
                        && v.runningInstances() > 0).toList();
        if (running.isEmpty()) {
            return;
        }
        Dialog offer = new Dialog();
        offer.setId("migration-offer");
        offer.setHeaderTitle("Move running instances?");
        VerticalLayout choices = new VerticalLayout();
        choices.setPadding(false);
        for (ModelDeployments.Version older : running) {
            Button move = new Button("From version " + older.version() + " (" + older.runningInstances() + " running)…",
                    click -> {
                        offer.close();
                        new MigrationDialog(migrations, older, deployed, () -> { }).open();
                    });
            choices.add(move);
        }
        offer.add(new Paragraph("Instances keep running on their version unless you move them."), choices);
        offer.getFooter().add(new Button("Not now", click -> offer.close()));
        offer.open();
    }
}
