package com.mentorflow.tasks;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A task form that is one class per camunda:formKey: the key is given once, in the constructor, and the form's
 * component starts from the same unpadded layout in every module.
 */
public abstract class KeyedTaskForm implements TaskFormFactory {

    private final String formKey;

    protected KeyedTaskForm(String formKey) {
        this.formKey = formKey;
    }

    @Override
    public String formKey() {
        return formKey;
    }

    protected static VerticalLayout layout() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        return form;
    }
}
