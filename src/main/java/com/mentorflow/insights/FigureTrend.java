package com.mentorflow.insights;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One figure's last twelve months three ways: a chart to glance at, a sentence for a screen reader (the chart's
 * label), and the numbers in a real table behind "Show the figures as a table" for anyone who wants them exactly.
 */
final class FigureTrend extends Composite<Div> {

    private static final DateTimeFormatter AXIS = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    FigureTrend(String label, List<YearMonth> months, List<Double> values) {
        TrendChart chart = new TrendChart();
        chart.show(months.stream().map(AXIS::format).toList(), values, label, summary(label, months, values));
        NativeDetails table = new NativeDetails("Show the figures as a table", table(label, months, values));
        table.addClassName("figure-table");
        getContent().add(chart, table);
        getContent().addClassName("figure-trend");
    }

    /** The chart's text alternative: where the figure ended and where it came from, in one sentence. */
    static String summary(String label, List<YearMonth> months, List<Double> values) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        String start = label + ", last twelve months: ";
        if (last < 0) {
            return start + "no values yet.";
        }
        String now = number(values.get(last)) + " in " + MONTH.format(months.get(last));
        if (first == last) {
            return start + now + ", the only month with a value.";
        }
        double from = rounded(values.get(first));
        double to = rounded(values.get(last));
        String direction = to > from ? "up from " : to < from ? "down from " : "unchanged from ";
        return start + now + ", " + direction + number(values.get(first)) + " in " + MONTH.format(months.get(first)) + ".";
    }

    private static NativeTable table(String label, List<YearMonth> months, List<Double> values) {
        NativeTable table = new NativeTable();
        table.setCaptionText(label + " by month");
        table.getHead().addRows(row(header("Month", "col"), header("Value", "col")));
        for (int i = 0; i < months.size(); i++) {
            Double value = values.get(i);
            table.getBody().addRows(row(header(MONTH.format(months.get(i)), "row"),
                    new NativeTableCell(value == null ? "no value" : number(value))));
        }
        return table;
    }

    private static NativeTableRow row(com.vaadin.flow.component.Component... cells) {
        NativeTableRow row = new NativeTableRow();
        row.add(cells);
        return row;
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private static double rounded(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** One decimal at most, none for whole numbers: 12, 4.5, 1,204. */
    static String number(double value) {
        double rounded = rounded(value);
        return rounded == Math.rint(rounded) ? String.format(Locale.ENGLISH, "%,d", (long) rounded)
                : String.format(Locale.ENGLISH, "%,.1f", rounded);
    }
}
