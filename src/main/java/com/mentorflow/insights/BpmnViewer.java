package com.mentorflow.insights;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.Map;
import java.util.function.Consumer;

/** The bpmn-js viewer (npm, bundled by Vite) showing a model with a count on each activity. */
@Tag("mentorflow-bpmn-viewer")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./bpmn-viewer.js")
public class BpmnViewer extends Component implements HasSize {

    /** What is at one activity: active instances (or tokens) and open incidents. */
    public record Count(long instances, long incidents) {
    }

    public BpmnViewer() {
        // A view that fills the screen shrinks its children to fit; the diagram is what a manager came to read, so it
        // keeps its height (at most most of the screen) and the page scrolls instead.
        setHeight("min(36rem, 75vh)");
        getStyle().set("flex-shrink", "0");
        setWidthFull();
    }

    public void show(String xml, Map<String, Count> counts) {
        getElement().callJsFunction("show", xml, json(counts));
    }

    public Registration onActivitySelected(Consumer<String> listener) {
        return getElement().addEventListener("activity-selected", event -> listener.accept(
                event.getEventData().getString("event.detail.id"))).addEventData("event.detail.id");
    }

    /** Each count with the badge's tooltip in the reader's language ("3 active, 1 incident"): the script only shows it. */
    private JsonObject json(Map<String, Count> counts) {
        JsonObject all = Json.createObject();
        counts.forEach((id, count) -> {
            JsonObject one = Json.createObject();
            one.put("instances", count.instances());
            one.put("incidents", count.incidents());
            one.put("title", getTranslation("insights.processes.badge", count.instances(), count.incidents()));
            all.put(id, one);
        });
        return all;
    }
}
