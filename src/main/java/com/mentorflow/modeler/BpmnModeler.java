package com.mentorflow.modeler;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The BPMN editor: bpmn-js with the Camunda 7 properties panel. bpmn-js stays at the viewer's version so the bundle
 * holds one copy; the other versions are the ones tested together with it (the panel's peers are bpmn-js,
 * diagram-js, @bpmn-io/properties-panel and camunda-bpmn-js-behaviors).
 */
@Tag("mentorflow-bpmn-modeler")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "5.65.3")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "camunda-bpmn-moddle", version = "8.0.1")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
@JsModule("./bpmn-modeler.js")
public class BpmnModeler extends ModelEditor {
}
