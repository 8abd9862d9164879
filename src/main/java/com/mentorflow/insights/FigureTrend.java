package com.mentorflow.insights;

import com.mentorflow.platform.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * One figure's last twelve months three ways: a chart to glance at, a sentence for a screen reader (the chart's
 * label), and the numbers in a real table behind "Show the figures as a table" for anyone who wants them exactly; all
 * in the reader's language, months and numbers included.
 */
final class FigureTrend extends Composite<Div> {

    FigureTrend(String label, List<YearMonth> months, List<Double> values) {
        Locale reader = getLocale();
        DateTimeFormatter axis = DateTimeFormatter.ofPattern("MMM yyyy", reader);
        TrendChart chart = new TrendChart();
        chart.show(months.stream().map(axis::format).toList(), values, label, summary(reader, label, months, values));
        NativeDetails table = new NativeDetails(Texts.text(reader, "insights.trend.showTable"), table(reader, label, months, values));
        table.addClassName("figure-table");
        getContent().add(chart, table);
        getContent().addClassName("figure-trend");
    }

    /** As an English reader hears it. */
    static String summary(String label, List<YearMonth> months, List<Double> values) {
        return summary(Locale.ENGLISH, label, months, values);
    }

    /** The chart's text alternative: where the figure ended and where it came from, in one sentence. */
    static String summary(Locale reader, String label, List<YearMonth> months, List<Double> values) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (last < 0) {
            return Texts.text(reader, "insights.trend.noValues", label);
        }
        String now = number(reader, values.get(last));
        String nowMonth = month(reader, months.get(last));
        if (first == last) {
            return Texts.text(reader, "insights.trend.only", label, now, nowMonth);
        }
        double from = rounded(values.get(first));
        double to = rounded(values.get(last));
        String direction = to > from ? "insights.trend.up" : to < from ? "insights.trend.down" : "insights.trend.unchanged";
        return Texts.text(reader, direction, label, now, nowMonth, number(reader, values.get(first)),
                month(reader, months.get(first)));
    }

    private static NativeTable table(Locale reader, String label, List<YearMonth> months, List<Double> values) {
        NativeTable table = new NativeTable();
        table.setCaptionText(Texts.text(reader, "insights.trend.caption", label));
        table.getHead().addRows(row(header(Texts.text(reader, "insights.trend.month"), "col"),
                header(Texts.text(reader, "insights.trend.value"), "col")));
        for (int i = 0; i < months.size(); i++) {
            Double value = values.get(i);
            table.getBody().addRows(row(header(month(reader, months.get(i)), "row"),
                    new NativeTableCell(value == null ? Texts.text(reader, "insights.trend.noValue") : number(reader, value))));
        }
        return table;
    }

    /** "December 2026", "diciembre de 2026": the month's name in the reader's language, the year as it is written. */
    static String month(Locale reader, YearMonth month) {
        return Texts.text(reader, "insights.trend.monthOfYear", month.getMonth().getDisplayName(TextStyle.FULL, reader),
                Integer.toString(month.getYear()));
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

    /** One decimal at most, none for whole numbers: 12, 4.5, 1,204 (12, 4,5, 1.204 in German). */
    static String number(Locale reader, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(reader == null ? Locale.ENGLISH : reader);
        format.setMaximumFractionDigits(1);
        return format.format(rounded(value));
    }
}
