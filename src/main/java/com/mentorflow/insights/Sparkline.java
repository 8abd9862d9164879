package com.mentorflow.insights;

import com.vaadin.flow.component.Html;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A small SVG line of twelve monthly values, drawn on the server: no charting library needed. */
final class Sparkline {

    private static final int WIDTH = 132;
    private static final int HEIGHT = 32;

    private Sparkline() {
    }

    static Html of(List<Double> values, List<YearMonth> months, String label) {
        double max = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        double min = Math.min(0, values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(0));
        double span = max - min == 0 ? 1 : max - min;
        double step = values.size() < 2 ? 0 : (WIDTH - 4.0) / (values.size() - 1);
        StringBuilder lines = new StringBuilder();
        List<String> segment = new ArrayList<>();
        StringBuilder title = new StringBuilder(label).append(": ");
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i);
            title.append(months.get(i)).append(' ').append(value == null ? "–" : Math.round(value * 10) / 10.0)
                    .append(i < values.size() - 1 ? ", " : "");
            if (value == null) {
                lines.append(polyline(segment));
                segment.clear();
                continue;
            }
            double x = 2 + i * step;
            double y = HEIGHT - 3 - (value - min) / span * (HEIGHT - 6);
            segment.add(String.format(java.util.Locale.ENGLISH, "%.1f,%.1f", x, y));
        }
        lines.append(polyline(segment));
        return new Html("<span class=\"sparkline\" role=\"img\" aria-label=\"" + escape(title.toString()) + "\" title=\""
                + escape(title.toString()) + "\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\""
                + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\">" + lines + "</svg></span>");
    }

    private static String polyline(List<String> points) {
        if (points.isEmpty()) {
            return "";
        }
        if (points.size() == 1) {
            String[] xy = points.get(0).split(",");
            return "<circle cx=\"" + xy[0] + "\" cy=\"" + xy[1] + "\" r=\"2\" fill=\"currentColor\"/>";
        }
        return "<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"" + String.join(" ", points) + "\"/>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
