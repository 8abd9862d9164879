package com.mentorflow.circles;

import com.mentorflow.tasks.KeyedTaskForm;

/** A task form of circle-lifecycle.bpmn, one class per form key; each completes its task through its circle service. */
abstract class CircleTaskForm extends KeyedTaskForm {

    CircleTaskForm(String formKey) {
        super(formKey);
    }
}
