package com.mentorflow.modeler;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.mentorflow.ui.Card;
import com.mentorflow.ui.CardGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Models", order = 81, icon = "vaadin:file-process")
@RolesAllowed(Roles.ADMIN_ROLE)
public class ModelsView extends VerticalLayout implements HasDynamicTitle {

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
        grid.addColumn(this::name).setHeader(getTranslation("modeler.models.column.model")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(v -> v.version()).setHeader(getTranslation("modeler.models.column.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.deployedAt() == null ? "" : times.dateTime(v.deployedAt())).setHeader(getTranslation("modeler.models.column.deployed"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(ModelDeployments.Version::deployedBy).setHeader(getTranslation("modeler.models.column.by")).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(this::comment).setHeader(getTranslation("modeler.models.column.comment")).setWidth("10rem").setFlexGrow(2)
                .setTooltipGenerator(this::comment);
        grid.addColumn(ModelDeployments.Version::runningInstances).setHeader(getTranslation("modeler.models.column.running")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(v -> actions(v, true)).setWidth("15rem").setFlexGrow(0);
        grid.setMinHeight("24rem");
        cards = new CardGrid<>(grid, v -> Card.of(getTranslation("modeler.models.card.title", name(v), String.valueOf(v.version())))
                .about(comment(v)).fact(getTranslation("modeler.models.card.deployed",
                        v.deployedAt() == null ? "" : times.dateTime(v.deployedAt()), v.deployedBy()))
                .fact(getTranslation("modeler.models.card.running", v.runningInstances())).actions(actions(v, false)));
        reload();

        TextField comment = new TextField(getTranslation("modeler.models.comment"));
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
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("modeler.models.drop")));
        // The component's own words too (its button, its refusals), else they stay English on a translated page.
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("modeler.models.upload.add"))
                .setMany(getTranslation("modeler.models.upload.add"))).setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("modeler.models.upload.tooBig"))
                .setIncorrectFileType(getTranslation("modeler.models.upload.wrongType"))
                .setTooManyFiles(getTranslation("modeler.models.upload.tooMany"))));
        add(new H2(getTranslation("modeler.models.title")), new Paragraph(getTranslation("modeler.models.intro")), cards,
                new H3(getTranslation("modeler.models.deployHeading")), comment, upload, problems);
        setFlexGrow(1, cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modeler.models.pageTitle");
    }

    /** What may be done with a version; the ids only once on the page (the grid's, not the phone's cards). */
    private HorizontalLayout actions(ModelDeployments.Version v, boolean withIds) {
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName(v.key() + "-v" + v.version() + (v.kind().equals("decision") ? ".dmn" : ".bpmn"));
            event.setContentType("application/xml");
            event.getOutputStream().write(models.download(v));
        }, getTranslation("modeler.models.download"));
        download.getElement().setAttribute("download", true);
        download.addClassName("grid-link");
        Button rollBack = new Button(getTranslation("modeler.models.deployAgain"),
                click -> new RollBackDialog(models, v, this::reload).open());
        rollBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button changes = new Button(getTranslation("modeler.models.changes"), click -> new ModelChangesDialog(models, v).open());
        changes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        changes.setEnabled(v.version() > 1);
        Button edit = new Button(getTranslation("modeler.models.edit"), click -> click.getSource().getUI().ifPresent(ui ->
                ui.navigate(ModelEditorView.class, v.definitionId())));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (withIds) {
            edit.setId("edit-" + v.key() + "-v" + v.version());
        }
        HorizontalLayout actions = new HorizontalLayout(edit, download, changes, rollBack);
        actions.setWrap(true);
        newerWithSameKey(v).filter(newest -> v.runningInstances() > 0).ifPresent(newest -> {
            Button move = new Button(getTranslation("modeler.models.move", String.valueOf(newest.version())), click -> new MigrationDialog(
                    migrations, v, newest, this::reload).open());
            move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(move);
        });
        return actions;
    }

    private String name(ModelDeployments.Version v) {
        return v.kind().equals("decision") ? getTranslation("modeler.models.decision", v.key()) : v.key();
    }

    /** Camunda names the deployment of the files in processes/ itself; say what it is. */
    private String comment(ModelDeployments.Version version) {
        return "SpringAutoDeployment".equals(version.comment()) ? getTranslation("modeler.models.shipped") : version.comment();
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
            Notification.show(getTranslation("modeler.models.deployed", fileName), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (RejectedInputException e) {
            problems.add(new ListItem(getTranslation("modeler.models.notDeployed")));
            (e instanceof ModelRefusal model ? model.in(getLocale()) : e.problems()).values()
                    .forEach(p -> problems.add(new ListItem(p)));
        } catch (NotPermittedException | ConflictException e) {
            problems.add(new ListItem(e.getMessage()));
        }
    }
}
