package com.mentorflow.tasks;

import com.vaadin.flow.component.Component;

/**
 * Builds the Vaadin form for tasks whose {@code camunda:formKey} is {@link #formKey()}. The form completes
 * the task through its module's domain service and then calls {@code onCompleted}.
 */
public interface TaskFormFactory {

    String formKey();

    Component create(InboxTask task, Runnable onCompleted);
}
