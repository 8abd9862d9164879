package com.mentorflow.journey;

import com.mentorflow.tasks.TaskFormFactory;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A task form of mentee-journey.bpmn, one class per form key. The mentorship comes from the inbox task's business
 * key; which module or meeting a task is about, the form asks {@link JourneyModules#moduleOf} or
 * {@link JourneyMeetings#meetingOf}, never the engine.
 */
abstract class JourneyTaskForm implements TaskFormFactory {

    private final String formKey;

    JourneyTaskForm(String formKey) {
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
