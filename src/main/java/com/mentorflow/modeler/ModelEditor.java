package com.mentorflow.modeler;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import java.util.function.Consumer;

/**
 * An in-browser model editor, BPMN or DMN: the view works with this type so it need not care which notation the
 * admin is editing. The model lives in the browser while it is edited; the server sees it only when it asks for it.
 */
abstract class ModelEditor extends Component implements HasSize {

    ModelEditor() {
        setWidthFull();
        setHeight("40rem");
    }

    /** Replaces whatever is in the editor; a model that cannot be read is reported to the open-failed listeners. */
    public void open(String xml) {
        getElement().callJsFunction("open", xml);
    }

    /**
     * The XML arrives in a later round trip, not on return. {@code onError} gets the browser's message, e.g. when
     * nothing was opened yet.
     */
    public void saveXml(Consumer<String> onXml, Consumer<String> onError) {
        getElement().callJsFunction("saveXml").then(String.class, onXml::accept, onError::accept);
    }

    /**
     * Marks the elements the validator complained about. Problems without an element, or naming one the editor cannot
     * place, are not shown here, so the caller lists all problems itself as well.
     */
    public void showProblems(List<ModelProblem> problems) {
        JsonArray all = Json.createArray();
        for (ModelProblem problem : problems) {
            JsonObject one = Json.createObject();
            // put(String, String) would not encode null as JSON null
            one.put("elementId", problem.elementId() == null ? Json.createNull() : Json.create(problem.elementId()));
            one.put("message", problem.sentence().in(getLocale()));
            all.set(all.length(), one);
        }
        getElement().callJsFunction("showProblems", all);
    }

    public void clearProblems() {
        getElement().callJsFunction("clearProblems");
    }

    /** Called on every edit by the admin (not on {@link #open}), so the view can tell that there is unsaved work. */
    public Registration addChangeListener(Runnable listener) {
        return getElement().addEventListener("model-changed", event -> listener.run());
    }

    /** Called with the parser's message when {@link #open} was given XML the editor cannot read. */
    public Registration addOpenFailedListener(Consumer<String> listener) {
        return getElement().addEventListener("model-failed", event -> listener.accept(
                event.getEventData().getString("event.detail.message"))).addEventData("event.detail.message");
    }
}
