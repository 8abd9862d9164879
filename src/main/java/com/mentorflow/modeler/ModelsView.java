package com.mentorflow.modeler;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.mentorflow.ui.Card;
import com.mentorflow.ui.CardGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Admins see every model version with its comment and running instances, download any, roll back to one, or
 * upload a changed model; nothing is deployed that the validator refuses, and the refusal says why.
 */
@Route("admin/models")
@PageTitle("Models · Mentorflow")
@Menu(title = "Models", order = 81, icon = "vaadin:file-process")
@RolesAllowed(Roles.ADMIN_ROLE)
public class ModelsView extends VerticalLayout {

    private final Times times;

    private final ModelDeployments models;
    private final ModelMigrations migrations;
    private List<ModelDeployments.Version> versions = List.of();
    private final Grid<ModelDeployments.Version> grid = new Grid<>();
    private final CardGrid<ModelDeployments.Version> cards;
    private final UnorderedList problems = new UnorderedList();

    public ModelsView(ModelDeployments models, ModelMigrations migrations, ReaderZones zones) {
        this.times = zones.forCurrentReader();
        this.models = models;
        this.migrations = migrations;
        setSizeFull();
        grid.setId("model-versions");
        // Widths that add up to a laptop's with the menu open: the long cells wrap, the actions two to a line.
        grid.addColumn(ModelsView::name).setHeader("Model").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(v -> v.version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.deployedAt() == null ? "" : times.dateTime(v.deployedAt())).setHeader("Deployed")
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(ModelDeployments.Version::deployedBy).setHeader("By").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(ModelsView::comment).setHeader("Comment").setWidth("10rem").setFlexGrow(2)
                .setTooltipGenerator(ModelsView::comment);
        grid.addColumn(ModelDeployments.Version::runningInstances).setHeader("Running").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(v -> actions(v, true)).setWidth("15rem").setFlexGrow(0);
        grid.setMinHeight("24rem");
        cards = new CardGrid<>(grid, v -> Card.of(name(v) + ", version " + v.version()).about(comment(v))
                .fact("Deployed " + (v.deployedAt() == null ? "" : times.dateTime(v.deployedAt())) + " by " + v.deployedBy())
                .fact(v.runningInstances() + " running").actions(actions(v, false)));
        reload();

        TextField comment = new TextField("What changed and why");
        comment.setId("model-comment");
        comment.setWidth("min(100%, 32rem)");
        comment.setMaxLength(200);
        // An upload starts without leaving the field, so the comment must reach the server as it is typed.
        comment.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        problems.setId("model-problems");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                deploy(metadata.fileName(), bytes, comment.getValue())))));
        upload.setId("model-upload");
        upload.setAcceptedFileTypes(".bpmn", ".dmn", "application/xml", "text/xml");
        upload.setMaxFileSize(ModelValidator.MAX_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop a .bpmn or .dmn file (2 MB at most)"));
        add(new H2("Models"), new Paragraph("Every version of every process and decision. A changed model is checked "
                + "before it is deployed; running instances stay on their version."), cards,
                new H3("Deploy a changed model"), comment, upload, problems);
        setFlexGrow(1, cards);
    }

    /** What may be done with a version; the ids only once on the page (the grid's, not the phone's cards). */
    private HorizontalLayout actions(ModelDeployments.Version v, boolean withIds) {
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName(v.key() + "-v" + v.version() + (v.kind().equals("decision") ? ".dmn" : ".bpmn"));
            event.setContentType("application/xml");
            event.getOutputStream().write(models.download(v));
        }, "Download");
        download.getElement().setAttribute("download", true);
        download.addClassName("grid-link");
        Button rollBack = new Button("Deploy again…", click -> rollBack(v));
        rollBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button changes = new Button("Changes", click -> showChanges(v));
        changes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        changes.setEnabled(v.version() > 1);
        Button edit = new Button("Edit", click -> click.getSource().getUI().ifPresent(ui ->
                ui.navigate(ModelEditorView.class, v.definitionId())));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (withIds) {
            edit.setId("edit-" + v.key() + "-v" + v.version());
        }
        HorizontalLayout actions = new HorizontalLayout(edit, download, changes, rollBack);
        actions.setWrap(true);
        newerWithSameKey(v).filter(newest -> v.runningInstances() > 0).ifPresent(newest -> {
            Button move = new Button("Move to version " + newest.version() + "…", click -> new MigrationDialog(
                    migrations, v, newest, this::reload).open());
            move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(move);
        });
        return actions;
    }

    private static String name(ModelDeployments.Version v) {
        return v.key() + (v.kind().equals("decision") ? " (decision)" : "");
    }

    /** Camunda names the deployment of the files in processes/ itself; say what it is. */
    private static String comment(ModelDeployments.Version version) {
        return "SpringAutoDeployment".equals(version.comment()) ? "Shipped with Mentorflow (processes/)" : version.comment();
    }

    private void reload() {
        versions = models.versions();
        cards.setItems(versions);
    }

    /** The newest version of a process, when {@code version} is an older one. */
    private java.util.Optional<ModelDeployments.Version> newerWithSameKey(ModelDeployments.Version version) {
        return versions.stream().filter(v -> version.kind().equals("process") && v.kind().equals("process")
                && v.key().equals(version.key()) && v.version() > version.version()).findFirst();
    }

    private void deploy(String fileName, byte[] bytes, String comment) {
        problems.removeAll();
        try {
            models.deploy(CurrentUser.username(), fileName, bytes, comment);
            Notification.show(fileName + " is deployed as a new version.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (RejectedInputException e) {
            problems.add(new ListItem("Not deployed:"));
            e.problems().values().forEach(p -> problems.add(new ListItem(p)));
        } catch (NotPermittedException | ConflictException e) {
            problems.add(new ListItem(e.getMessage()));
        }
    }

    private void showChanges(ModelDeployments.Version version) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(version.key() + ": version " + version.version() + " against version " + (version.version() - 1));
        UnorderedList list = new UnorderedList();
        list.setId("model-changes");
        List<String> changes = models.changesFromPrevious(version);
        if (changes.isEmpty()) {
            list.add(new ListItem("No change in the model (only the layout, if anything)."));
        }
        changes.forEach(change -> list.add(new ListItem(change)));
        dialog.add(list);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private void rollBack(ModelDeployments.Version version) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Deploy " + version.key() + " version " + version.version() + " again as the newest?");
        TextField why = new TextField("Why");
        why.setWidthFull();
        Paragraph error = Refusals.errorText("rollback-error");
        Button confirm = new Button("Deploy", click -> {
            Refusals.attempt(error, () -> {
                models.rollBack(CurrentUser.username(), version, why.getValue());
                dialog.close();
                reload();
                Notification.show("Deployed as the newest version.", 3000, Notification.Position.BOTTOM_START);
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("New instances will start on it; running ones stay where they are."), why, error);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()), confirm);
        dialog.open();
    }
}
