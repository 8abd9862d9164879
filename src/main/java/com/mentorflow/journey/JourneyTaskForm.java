package com.mentorflow.journey;

import com.mentorflow.tasks.KeyedTaskForm;

/**
 * A task form of mentee-journey.bpmn, one class per form key. The mentorship comes from the inbox task's business
 * key; which module or meeting a task is about, the form asks {@link JourneyModules#moduleOf} or
 * {@link JourneyMeetings#meetingOf}, never the engine.
 */
abstract class JourneyTaskForm extends KeyedTaskForm {

    JourneyTaskForm(String formKey) {
        super(formKey);
    }
}
