package com.mentorflow.people;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Directory import", order = 80, icon = "vaadin:upload")
@RolesAllowed(Roles.ADMIN_ROLE)
public class DirectoryImportView extends VerticalLayout implements HasDynamicTitle {

    private static final ExecutorService IMPORTS = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "directory-import");
        thread.setDaemon(true);
        return thread;
    });

    private final DirectoryImport directoryImport;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final DirectoryPreviewPanel sections = new DirectoryPreviewPanel();
    private final DirectoryDecision decision = new DirectoryDecision(() -> startPreview(null), this::startImport, () -> {
        forgetFile();
        status.setText(getTranslation("people.import.cancelled"));
    });
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
        upload.setDropLabel(new Span(getTranslation("people.import.drop")));
        // The component's own words too (its button, its refusals), else they stay English on a translated page.
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("people.import.upload.add"))
                .setMany(getTranslation("people.import.upload.add"))).setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("people.import.upload.tooBig"))
                .setIncorrectFileType(getTranslation("people.import.upload.wrongType"))
                .setTooManyFiles(getTranslation("people.import.upload.tooMany"))));

        progress.setVisible(false);
        progress.setIndeterminate(true);
        status.setId("directory-status");
        preview.setPadding(false);
        preview.add(sections, decision);
        preview.setVisible(false);

        add(new H2(getTranslation("people.import.title")),
                new Paragraph(getTranslation("people.import.intro", String.join(", ", DirectoryImport.COLUMNS))),
                upload, progress, status, preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.import.pageTitle");
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
            decision.reset();
            startPreview(null);
        });
    }

    /** @param notice said before the counts, e.g. why the preview was computed again */
    private void startPreview(String notice) {
        boolean deactivateMissing = decision.deactivateMissing();
        busy(getTranslation("people.import.reading", fileName));
        run(reader -> directoryImport.preview(reader, deactivateMissing, this::rowsRead), result -> {
            shown = result;
            showPreview(notice);
        });
    }

    private void startImport(String typed) {
        DirectoryImport.Request request = new DirectoryImport.Request(shown.deactivateMissing(), typed, shown.plan());
        busy(getTranslation("people.import.importing", fileName));
        run(reader -> directoryImport.apply(reader, request, this::rowsRead), result -> {
            forgetFile();
            status.setText(getTranslation("people.import.imported", fileName, result.added(), result.changed(),
                    result.unchanged(), result.refused(), result.deactivated()));
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
                ui.access(() -> startPreview(e.message(ui.getLocale())));
            } catch (RejectedInputException e) {
                ui.access(() -> failed(String.join(" ", e.problems(ui.getLocale()).values())));
            } catch (IOException | RuntimeException e) {
                ui.access(() -> failed(getTranslation("people.import.unreadable", e.getMessage())));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void rowsRead(int rows) {
        ui.access(() -> status.setText(getTranslation("people.import.rowsRead", fileName, rows)));
    }

    private void busy(String text) {
        progress.setVisible(true);
        status.setText(text);
        preview.setEnabled(false);
        upload.getElement().setEnabled(false);
    }

    private void showPreview(String notice) {
        DirectoryPreview p = shown;
        status.setText((notice == null ? "" : notice + " ") + getTranslation("people.import.preview", fileName, p.rowsRead(),
                p.added(), p.changed(), p.unchanged(), p.refused()));
        sections.show(p);
        decision.show(p, sections);
        preview.setEnabled(true);
        preview.setVisible(true);
        upload.getElement().setEnabled(true);
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
        decision.reset();
        preview.setVisible(false);
        preview.setEnabled(true);
        upload.getElement().setEnabled(true);
        upload.clearFileList();
    }
}
