package com.mentorflow.insights;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The only way an export writes CSV: every text cell that a spreadsheet would read as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, as OWASP's "CSV
 * injection" advice says, so a display name like {@code =HYPERLINK(…)} stays text. Numbers and dates are written as
 * they are: they cannot hold a formula, and a negative number stays a number.
 */
final class SafeCsv implements Closeable {

    private final CSVPrinter printer;

    SafeCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT);
    }

    void printRecord(Object... cells) throws IOException {
        printRecord(Arrays.asList(cells));
    }

    void printRecord(Iterable<?> cells) throws IOException {
        List<Object> safe = new ArrayList<>();
        for (Object cell : cells) {
            safe.add(cell instanceof Number || cell == null ? cell : neutralise(cell.toString()));
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
