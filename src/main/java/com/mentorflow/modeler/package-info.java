/**
 * The in-browser BPMN/DMN editor, model validation, deployment and migration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Modeler")
package com.mentorflow.modeler;
