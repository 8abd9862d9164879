package com.mentorflow.insights;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import com.mentorflow.platform.Texts;
import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The only way an export writes CSV: every text cell that a spreadsheet would read as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, as OWASP's "CSV
 * injection" advice says, so a display name like {@code =HYPERLINK(…)} stays text. Numbers and dates are written as
 * they are: they cannot hold a formula, and a negative number stays a number. A time ({@link Instant}) is written as
 * ISO 8601 with its offset in the exporter's zone ({@code 2026-12-10T17:00:00+01:00}): a spreadsheet reads it, and
 * whoever opens the file later still knows which moment it was; {@link #timeHeader} names the zone in the header.
 */
final class SafeCsv implements Closeable {

    private final CSVPrinter printer;
    private final ZoneId zone;
    private final Locale reader;

    SafeCsv(Appendable out, ZoneId zone) throws IOException {
        this(out, zone, null);
    }

    /** Headers in the exporter's language ({@code reader}; English when null), times in their zone. */
    SafeCsv(Appendable out, ZoneId zone, Locale reader) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        this.zone = zone;
        this.reader = reader;
    }

    /** A column's header in the exporter's language: {@code insights.csv.<name>}. */
    String header(String name, Object... arguments) {
        return Texts.text(reader, "insights.csv." + name, arguments);
    }

    /** Any other text of the export (a list's name) in the exporter's language. */
    String text(String key, Object... arguments) {
        return Texts.text(reader, key, arguments);
    }

    /** A sentence of the domain, in the exporter's language. */
    String said(com.mentorflow.platform.Sentence sentence) {
        return sentence.in(reader);
    }

    /** "since (Europe/Berlin time, ISO 8601)" */
    String timeHeader(String name) {
        return Texts.text(reader, "insights.csv.timeHeader", header(name), zone.getId());
    }

    void printRecord(Object... cells) throws IOException {
        printRecord(Arrays.asList(cells));
    }

    void printRecord(Iterable<?> cells) throws IOException {
        List<Object> safe = new ArrayList<>();
        for (Object cell : cells) {
            safe.add(cell instanceof Number || cell == null ? cell
                    : cell instanceof Instant at ? ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone))
                    : neutralise(cell.toString()));
        }
        printer.printRecord(safe);
    }

    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
