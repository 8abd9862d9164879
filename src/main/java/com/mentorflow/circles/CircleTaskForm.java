package com.mentorflow.circles;

import com.mentorflow.platform.Texts;
import com.mentorflow.tasks.KeyedTaskForm;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/** A task form of circle-lifecycle.bpmn, one class per form key; each completes its task through its circle service. */
abstract class CircleTaskForm extends KeyedTaskForm {

    CircleTaskForm(String formKey) {
        super(formKey);
    }

    /** A form's text in the reader's language; a form is built inside a UI, and reads English in a test without one. */
    static String words(String key, Object... arguments) {
        return Texts.text(reader(), key, arguments);
    }

    static Locale reader() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }
}
