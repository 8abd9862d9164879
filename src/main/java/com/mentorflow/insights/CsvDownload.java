package com.mentorflow.insights;

import com.mentorflow.platform.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A link that streams a CSV file as it is written (rows go out while the query still reads), telling the
 * page how far it got. Rows are written through {@link SafeCsv}, so no export can start a cell with a formula.
 */
final class CsvDownload {

    static final int PROGRESS_EVERY = 5_000;

    /** Writes the rows; calls {@code written} after each one. */
    interface Rows {
        void write(SafeCsv csv, Runnable written) throws IOException;
    }

    private CsvDownload() {
    }

    /** Times in the file are written in {@code zone}: the exporter's, named in the header. */
    static Anchor link(String label, String fileName, Span progress, ZoneId zone, Rows rows) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            UI ui = event.getUI();
            AtomicLong count = new AtomicLong();
            Locale reader = ui == null ? null : ui.getLocale();
            tell(ui, progress, Texts.text(reader, "insights.export.started"));
            try (Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
                 SafeCsv csv = new SafeCsv(writer, zone, reader)) {
                rows.write(csv, () -> {
                    if (count.incrementAndGet() % PROGRESS_EVERY == 0) {
                        tell(ui, progress, Texts.text(reader, "insights.export.progress", count.get()));
                    }
                });
            } catch (IOException | RuntimeException e) {
                tell(ui, progress, Texts.text(reader, "insights.export.stopped", e.getMessage()));
                throw e;
            }
            tell(ui, progress, Texts.text(reader, "insights.export.done", count.get(), fileName));
        };
        Anchor link = new Anchor(handler, label);
        link.getElement().setAttribute("download", true);
        link.addClassName("csv-export");
        return link;
    }

    private static void tell(UI ui, Span progress, String text) {
        if (ui != null && progress != null) {
            ui.access(() -> progress.setText(text));
        }
    }
}
