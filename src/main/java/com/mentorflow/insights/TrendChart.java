package com.mentorflow.insights;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.List;

/**
 * A line chart of one figure's months, drawn in the browser by Chart.js (MIT, npm, in the committed bundle). The
 * chart is a picture for sighted readers: {@code summary} is its text alternative and {@link FigureTrend} puts the
 * same numbers in a table beside it.
 */
@Tag("mentorflow-trend-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./trend-chart.js")
public class TrendChart extends Component implements HasSize {

    public TrendChart() {
        getElement().setAttribute("role", "img");
        setWidthFull();
        setHeight("8rem");
    }

    /** {@code values} oldest first, one per label; null where a month has no value (the line breaks there). */
    public void show(List<String> labels, List<Double> values, String name, String summary) {
        getElement().setAttribute("aria-label", summary);
        JsonArray jsonLabels = Json.createArray();
        JsonArray jsonValues = Json.createArray();
        for (int i = 0; i < labels.size(); i++) {
            jsonLabels.set(i, labels.get(i));
            Double value = values.get(i);
            if (value == null) {
                jsonValues.set(i, Json.createNull());
            } else {
                jsonValues.set(i, Math.round(value * 10) / 10.0);
            }
        }
        getElement().callJsFunction("show", jsonLabels, jsonValues, name);
    }
}
