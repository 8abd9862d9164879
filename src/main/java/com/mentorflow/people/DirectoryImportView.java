package com.mentorflow.people;

import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
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

/** Admins upload the HR directory export; the import runs in the background with progress and a report. */
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
    private final Grid<DirectoryImport.RowProblem> problems = new Grid<>();
    private final SecurityContext security = SecurityContextHolder.getContext();
    private final Upload upload;
    private UI ui;

    public DirectoryImportView(DirectoryImport directoryImport) {
        this.directoryImport = directoryImport;
        setMaxWidth("72rem");

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> startImport(metadata.fileName(), file)));
        upload.setId("directory-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(200 * 1024 * 1024);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop the HR export (CSV) here"));

        progress.setVisible(false);
        progress.setIndeterminate(true);
        status.setId("directory-status");
        problems.setId("directory-problems");
        problems.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(DirectoryImport.RowProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.employeeId() == null ? "" : p.employeeId()).setHeader("Employee id").setAutoWidth(true);
        problems.addColumn(DirectoryImport.RowProblem::message).setHeader("Why it was not imported").setFlexGrow(1);
        problems.setEmptyStateText("No rows were refused.");
        problems.setVisible(false);

        add(new H2("Directory import"),
                new Paragraph("Upload the HR directory as CSV with a header row: "
                        + String.join(", ", DirectoryImport.COLUMNS) + ". Rows are matched by employee id; good rows "
                        + "are imported even when others are refused; people missing from the file are marked "
                        + "inactive. Importing the same file again changes nothing."),
                upload, progress, status, problems);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
    }

    private void startImport(String fileName, File file) {
        ui.access(() -> {
            progress.setVisible(true);
            progress.setIndeterminate(true);
            status.setText("Importing " + fileName + " …");
            problems.setVisible(false);
        });
        IMPORTS.submit(() -> {
            SecurityContextHolder.setContext(security);
            try (Reader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
                DirectoryImport.Report report = directoryImport.run(reader,
                        rows -> ui.access(() -> status.setText("Importing " + fileName + ": " + rows + " rows read …")));
                ui.access(() -> showReport(report));
            } catch (RejectedInputException e) {
                ui.access(() -> showFailure(String.join(" ", e.problems().values())));
            } catch (IOException | RuntimeException e) {
                ui.access(() -> showFailure("The import failed and changed nothing: " + e.getMessage()));
            } finally {
                SecurityContextHolder.clearContext();
                file.delete();
            }
        });
    }

    private void showReport(DirectoryImport.Report report) {
        progress.setVisible(false);
        upload.clearFileList();
        status.setText(String.format("%d rows read: %d imported (%d new, %d updated, %d unchanged), %d refused, "
                        + "%d people marked inactive.", report.rowsRead(), report.imported(), report.added(),
                report.updated(), report.unchanged(), report.problems().size(), report.deactivated()));
        problems.setItems(report.problems());
        problems.setVisible(true);
    }

    private void showFailure(String message) {
        progress.setVisible(false);
        upload.clearFileList();
        status.setText(message);
    }
}
