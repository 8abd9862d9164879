package com.mentorflow.modeler;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
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
            add(new H2(getTranslation("modeler.editor.notFound")),
                    new Paragraph(getTranslation("modeler.editor.notFound.text", definitionId)),
                    new Button(getTranslation("modeler.editor.back"), click -> getUI().ifPresent(ui -> ui.navigate(ModelsView.class))));
            return;
        }
        title.setText(getTranslation("modeler.editor.title", version.key(), String.valueOf(version.version())));
        editor = version.kind().equals("decision") ? new DmnModeler() : new BpmnModeler();
        editor.setId("model-editor");
        editor.setWidthFull();
        // As tall as the window allows below the actions, so a whole model or table fits without a second scroll bar.
        editor.setHeight("max(36rem, calc(100vh - 15rem))");
        editor.addChangeListener(() -> state.setText(getTranslation("modeler.editor.changed")));
        editor.open(new String(models.download(version), StandardCharsets.UTF_8));

        Button check = new Button(getTranslation("modeler.editor.check"), click -> check());
        check.setId("editor-check");
        Button deploy = new Button(getTranslation("modeler.editor.deploy"), click -> askForComment());
        deploy.setId("editor-deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("modeler.editor.back"), click -> getUI().ifPresent(ui -> ui.navigate(ModelsView.class)));
        HorizontalLayout actions = new HorizontalLayout(check, deploy, back, state);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(title, new Paragraph(getTranslation("modeler.editor.intro")), actions, problems, editor);
        setFlexGrow(1, editor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modeler.editor.pageTitle", version == null ? getTranslation("modeler.editor.model") : version.key());
    }

    private String fileName() {
        return version.resourceName();
    }

    /** Validates what is in the editor; {@code whenValid} runs only when nothing is wrong. */
    private void check(Consumer<byte[]> whenValid) {
        editor.saveXml(xml -> {
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            List<ModelProblem> found = validator.validate(fileName(), bytes);
            showProblems(found);
            if (found.isEmpty()) {
                whenValid.accept(bytes);
            }
        }, error -> showProblems(List.of(new ModelProblem(null,
                Sentence.of("modeler.editor.exportFailed", error)))));
    }

    private void check() {
        check(bytes -> state.setText(getTranslation("modeler.editor.noProblems")));
    }

    private void showProblems(List<ModelProblem> found) {
        problems.removeAll();
        editor.showProblems(found);
        if (!found.isEmpty()) {
            state.setText(getTranslation("modeler.editor.problems", found.size()));
            problems.add(new ListItem(getTranslation("modeler.editor.fixThese")));
            found.forEach(p -> problems.add(new ListItem(p.in(getLocale()))));
        }
    }

    private void askForComment() {
        check(bytes -> {
            Dialog dialog = new Dialog();
            dialog.setId("deploy-dialog");
            dialog.setHeaderTitle(getTranslation("modeler.editor.deploy.title", version.key()));
            TextField comment = new TextField(getTranslation("modeler.models.comment"));
            comment.setId("deploy-comment");
            comment.setWidthFull();
            comment.setMaxLength(200);
            comment.setRequired(true);
            comment.setHelperText(getTranslation("modeler.editor.deploy.help"));
            Button confirm = new Button(getTranslation("modeler.editor.deploy.confirm"), click -> deploy(dialog, comment, bytes));
            confirm.setId("deploy-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickShortcut(Key.ENTER);
            dialog.add(new Paragraph(getTranslation("modeler.editor.deploy.text")), comment);
            dialog.getFooter().add(new Button(getTranslation("modeler.editor.cancel"), click -> dialog.close()), confirm);
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
            state.setText(getTranslation("modeler.editor.deployed", String.valueOf(deployed.version())));
            Notification.show(getTranslation("modeler.editor.deployed.notice", version.key(), String.valueOf(deployed.version())), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            offerMigration(deployed, versions);
        } catch (RejectedInputException e) {
            java.util.Map<String, String> refused = e instanceof ModelRefusal model ? model.in(getLocale()) : e.problems();
            comment.setInvalid(refused.containsKey("comment"));
            comment.setErrorMessage(refused.get("comment"));
            if (refused.keySet().stream().anyMatch(k -> !k.equals("comment"))) {
                dialog.close();
                problems.removeAll();
                problems.add(new ListItem(getTranslation("modeler.models.notDeployed")));
                refused.forEach((field, message) -> {
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
        offer.setHeaderTitle(getTranslation("modeler.editor.offer.title"));
        VerticalLayout choices = new VerticalLayout();
        choices.setPadding(false);
        for (ModelDeployments.Version older : running) {
            Button move = new Button(getTranslation("modeler.editor.offer.from", String.valueOf(older.version()), older.runningInstances()),
                    click -> {
                        offer.close();
                        new MigrationDialog(migrations, older, deployed, () -> { }).open();
                    });
            choices.add(move);
        }
        offer.add(new Paragraph(getTranslation("modeler.editor.offer.text")), choices);
        offer.getFooter().add(new Button(getTranslation("modeler.editor.offer.notNow"), click -> offer.close()));
        offer.open();
    }
}
