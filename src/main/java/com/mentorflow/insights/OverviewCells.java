package com.mentorflow.insights;

import com.mentorflow.platform.Texts;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One filter's rows of {@link OverviewCube}, by figure and month, over the last twelve calendar months; the figures'
 * names, explanations and values in the reader's language ({@code insights.figure.<key>} and {@code .explanation}).
 */
final class OverviewCells {

    private final List<YearMonth> months;
        private final Map<String, List<OverviewCube.Cell>> byFigure;
        private final Locale reader;

        OverviewCells(List<OverviewCube.Cell> cells, List<YearMonth> months, Locale reader) {
            this.months = months;
            this.reader = reader;
            this.byFigure = cells.stream().filter(c -> !c.month().isBefore(months.get(0)))
                    .collect(Collectors.groupingBy(OverviewCube.Cell::figure));
        }

        List<OverviewCube.Cell> all(String figure) {
            return byFigure.getOrDefault(figure, List.of());
        }

        List<OverviewCube.Cell> in(String figure, YearMonth month) {
            return all(figure).stream().filter(c -> c.month().equals(month)).toList();
        }

        /** A count at each month's end (now, for the current month); the headline is the count now. */
        ProgramFigures.Figure stock(String key, Object... explanation) {
            List<Double> trend = trend(key, OverviewCube.Cell::a, Double::sum).stream().map(v -> v == null ? 0.0 : v).toList();
            return figure(key, format(trend.get(trend.size() - 1)), trend, explanation);
        }

        /** A figure with its name and explanation in the reader's language; {@code explanation} fills in the latter. */
        ProgramFigures.Figure figure(String key, String value, List<Double> trend, Object... explanation) {
            return new ProgramFigures.Figure(key, text(key), text(key + ".explanation", explanation), value, trend);
        }

        String text(String key, Object... arguments) {
            return Texts.text(reader, "insights.figure." + key, arguments);
        }

        /** One value per month from that month's row; {@code merge} when a month has several rows (null: first wins). */
        List<Double> trend(String figure, Function<OverviewCube.Cell, Double> value,
                           BinaryOperator<Double> merge) {
            Map<YearMonth, Double> values = new HashMap<>();
            for (OverviewCube.Cell cell : all(figure)) {
                Double v = value.apply(cell);
                if (v != null) {
                    values.merge(cell.month(), v, merge == null ? (x, y) -> x : merge);
                }
            }
            return months.stream().map(values::get).toList();
        }

        double[] sum(String figure) {
            double[] total = new double[2];
            all(figure).forEach(c -> {
                total[0] += c.a();
                total[1] += c.b();
            });
            return total;
        }

        /** The median of durations kept as classes (count in {@code a}), in seconds; null when there are none. */
        Double median(List<OverviewCube.Cell> classes) {
            TreeMap<Integer, Double> counts = new TreeMap<>();
            classes.forEach(c -> counts.merge(c.bucket(), c.a(), Double::sum));
            long n = Math.round(counts.values().stream().mapToDouble(Double::doubleValue).sum());
            if (n == 0) {
                return null;
            }
            // The value at each of the one or two middle positions, averaged as percentile_cont does.
            long lower = (n - 1) / 2;
            long upper = n / 2;
            Double low = null;
            Double high = null;
            long seen = 0;
            for (Map.Entry<Integer, Double> entry : counts.entrySet()) {
                seen += Math.round(entry.getValue());
                if (low == null && lower < seen) {
                    low = OverviewCube.classMiddle(entry.getKey());
                }
                if (upper < seen) {
                    high = OverviewCube.classMiddle(entry.getKey());
                    break;
                }
            }
            return (low + high) / 2;
        }

    List<YearMonth> months() {
        return months;
    }

    static List<YearMonth> months(Instant now) {
        YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    /** A count as the reader writes it (1,204 or 1.204); a dash for none. */
    String format(Double value) {
        return value == null ? "–" : NumberFormat.getIntegerInstance(language()).format(Math.round(value));
    }

    /** "50 %" */
    String percent(long value) {
        return Texts.text(reader, "insights.overview.percent", value);
    }

    /** One decimal always: a rating of 4.0. */
    String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(language());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    String duration(double seconds) {
        if (seconds < 3600) {
            return text("minutes", Math.max(1, Math.round(seconds / 60)));
        }
        if (seconds < 2 * 86400) {
            return text("hours", Math.round(seconds / 3600));
        }
        return text("days", Math.round(seconds / 86400));
    }

    private Locale language() {
        return reader == null ? Locale.ENGLISH : reader;
    }
}
