package com.mentorflow.circles;

import com.mentorflow.tasks.TaskFormFactory;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A task form of circle-lifecycle.bpmn, one class per form key; each completes its task through its circle service. */
abstract class CircleTaskForm implements TaskFormFactory {

    private final String formKey;

    CircleTaskForm(String formKey) {
        this.formKey = formKey;
    }

    @Override
    public String formKey() {
        return formKey;
    }

    static VerticalLayout layout() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        return form;
    }
}
