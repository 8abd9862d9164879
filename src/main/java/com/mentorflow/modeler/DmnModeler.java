package com.mentorflow.modeler;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The DMN editor: dmn-js, opening on the first decision table. Problems are listed above the table rather than drawn
 * on it, because decision tables have no overlays.
 */
@Tag("mentorflow-dmn-modeler")
@NpmPackage(value = "dmn-js", version = "17.10.2")
@NpmPackage(value = "camunda-dmn-moddle", version = "1.3.1")
@JsModule("./dmn-modeler.js")
public class DmnModeler extends ModelEditor {
}
