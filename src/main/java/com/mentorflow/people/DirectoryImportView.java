package com.mentorflow.people;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Admins upload the HR directory export, read the preview (who is new, what changes, which rows are refused, who
 * would be deactivated) and then import exactly that, or cancel. Reading runs in the background with progress.
 */
@Route("admin/directory")
@PageTitle("Directory import · Mentorflow")
@Menu(title = "Directory import", order = 80, icon = "vaadin:upload")
@RolesAllowed(Roles.ADMIN_ROLE)
public class DirectoryImportView extends VerticalLayout {

    private static final ExecutorService IMPORTS = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "directory-import");
        thread.setDaemon(true);
        return thread;
    });

    private final DirectoryImport directoryImport;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final DirectoryPreviewPanel sections = new DirectoryPreviewPanel();
    private final Paragraph missing = new Paragraph();
    private final Checkbox deactivate = new Checkbox("Deactivate everyone missing from this file");
    private final VerticalLayout deactivation = new VerticalLayout();
    private final TextField confirmation = new TextField();
    private final Button confirm = new Button("Import");
    private final Button cancel = new Button("Cancel");
    private final VerticalLayout preview = new VerticalLayout();
    private final SecurityContext security = SecurityContextHolder.getContext();
    private final Upload upload;
    private UI ui;
    private File file;
    private String fileName;
    private DirectoryPreview shown;

    public DirectoryImportView(DirectoryImport directoryImport) {
        this.directoryImport = directoryImport;
        setMaxWidth("72rem");

        upload = new Upload(UploadHandler.toTempFile((metadata, uploaded) -> received(metadata.fileName(), uploaded)));
        upload.setId("directory-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(200 * 1024 * 1024);
        upload.setDropLabel(new Span("Drop the HR export (CSV) here"));

        progress.setVisible(false);
        progress.setIndeterminate(true);
        status.setId("directory-status");
        missing.setId("directory-missing");
        deactivate.setId("directory-deactivate");
        deactivate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                startPreview(null);
            }
        });
        deactivation.setPadding(false);
        confirmation.setId("directory-confirmation");
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.addValueChangeListener(e -> enableConfirm());
        confirm.setId("directory-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> startImport());
        cancel.setId("directory-cancel");
        cancel.addClickListener(e -> {
            forgetFile();
            status.setText("Cancelled: nothing was imported.");
        });
        HorizontalLayout buttons = new HorizontalLayout(confirm, cancel);
        preview.setPadding(false);
        preview.add(sections, new H3("Missing from the file"), missing, deactivate, deactivation, buttons);
        preview.setVisible(false);

        add(new H2("Directory import"),
                new Paragraph("Upload the HR directory as CSV with a header row: "
                        + String.join(", ", DirectoryImport.COLUMNS) + ". Rows are matched by employee id. You see "
                        + "what would change before anything is imported; importing the same file again changes nothing."),
                upload, progress, status, preview);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (file != null) {
            file.delete();
        }
    }

    private void received(String name, File uploaded) {
        ui.access(() -> {
            forgetFile();
            file = uploaded;
            fileName = name;
            deactivate.setValue(false);
            startPreview(null);
        });
    }

    /** @param notice said before the counts, e.g. why the preview was computed again */
    private void startPreview(String notice) {
        boolean deactivateMissing = deactivate.getValue();
        busy("Reading " + fileName + " …");
        run(reader -> directoryImport.preview(reader, deactivateMissing, this::rowsRead), result -> {
            shown = result;
            showPreview(notice);
        });
    }

    private void startImport() {
        DirectoryImport.Request request = new DirectoryImport.Request(shown.deactivateMissing(), confirmation.getValue(),
                shown.plan());
        busy("Importing " + fileName + " …");
        run(reader -> directoryImport.apply(reader, request, this::rowsRead), result -> {
            forgetFile();
            status.setText(String.format("Imported %s: %d new, %d changed, %d unchanged, %d rows refused, %d people "
                            + "deactivated.", fileName, result.added(), result.changed(), result.unchanged(),
                    result.refused(), result.deactivated()));
        });
    }

    private interface Work {
        DirectoryPreview on(Reader reader) throws IOException;
    }

    private void run(Work work, java.util.function.Consumer<DirectoryPreview> then) {
        File reading = file;
        IMPORTS.submit(() -> {
            SecurityContextHolder.setContext(security);
            try (Reader reader = Files.newBufferedReader(reading.toPath(), StandardCharsets.UTF_8)) {
                DirectoryPreview result = work.on(reader);
                ui.access(() -> {
                    progress.setVisible(false);
                    then.accept(result);
                });
            } catch (ConflictException e) {
                ui.access(() -> startPreview(e.getMessage()));
            } catch (RejectedInputException e) {
                ui.access(() -> failed(String.join(" ", e.problems().values())));
            } catch (IOException | RuntimeException e) {
                ui.access(() -> failed("The file could not be read, nothing was imported: " + e.getMessage()));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void rowsRead(int rows) {
        ui.access(() -> status.setText("Reading " + fileName + ": " + rows + " rows …"));
    }

    private void busy(String text) {
        progress.setVisible(true);
        status.setText(text);
        preview.setEnabled(false);
        upload.getElement().setEnabled(false);
    }

    private void showPreview(String notice) {
        DirectoryPreview p = shown;
        status.setText((notice == null ? "" : notice + " ") + String.format("Preview of %s (%d rows): %d new, %d changed, "
                + "%d unchanged, %d refused. Nothing is imported until you confirm.", fileName, p.rowsRead(), p.added(),
                p.changed(), p.unchanged(), p.refused()));
        sections.show(p);
        missing.setText(p.missing() == 0 ? "Everyone active in the directory is in this file."
                : p.missing() + " of the " + p.activeBefore() + " active people are not in this file. They stay active "
                + "unless you tick the box below.");
        deactivation.removeAll();
        confirmation.clear();
        if (p.deactivateMissing()) {
            deactivation.add(sections.deactivated(p));
            if (p.deactivationRefused() != null) {
                Paragraph refused = new Paragraph(p.deactivationRefused());
                refused.setId("directory-deactivation-refused");
                refused.getStyle().set("color", "var(--lumo-error-text-color)");
                deactivation.add(refused);
            } else if (p.confirmationNeeded() != null) {
                confirmation.setLabel("This deactivates " + p.deactivated() + " of " + p.activeBefore()
                        + " active people, more than 10%. Type " + p.confirmationNeeded() + " to confirm.");
                deactivation.add(confirmation);
            }
        }
        preview.setEnabled(true);
        preview.setVisible(true);
        upload.getElement().setEnabled(true);
        enableConfirm();
    }

    private void enableConfirm() {
        DirectoryPreview p = shown;
        confirm.setEnabled(p != null && p.canApply() && (p.confirmationNeeded() == null
                || p.confirmationNeeded().equals(confirmation.getValue().strip())));
    }

    private void failed(String message) {
        progress.setVisible(false);
        forgetFile();
        status.setText(message);
    }

    private void forgetFile() {
        if (file != null) {
            file.delete();
        }
        file = null;
        shown = null;
        preview.setVisible(false);
        preview.setEnabled(true);
        upload.getElement().setEnabled(true);
        upload.clearFileList();
    }
}
