package com.mentorflow.journey;

import com.mentorflow.platform.Texts;
import com.mentorflow.tasks.KeyedTaskForm;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * A task form of mentee-journey.bpmn, one class per form key. The mentorship comes from the inbox task's business
 * key; which module or meeting a task is about, the form asks {@link JourneyModules#moduleOf} or
 * {@link JourneyMeetings#meetingOf}, never the engine.
 */
abstract class JourneyTaskForm extends KeyedTaskForm {

    JourneyTaskForm(String formKey) {
        super(formKey);
    }

    /** The form's text in the reader's language: the UI's, which is theirs; English where no UI asks (tests). */
    static String text(String key, Object... arguments) {
        return Texts.text(reader(), key, arguments);
    }

    /** The reader's language: the UI's; none where no UI asks (tests), which reads English. */
    static Locale reader() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }
}
