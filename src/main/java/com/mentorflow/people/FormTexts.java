package com.mentorflow.people;

import com.mentorflow.platform.Texts;
import com.vaadin.flow.component.UI;

/**
 * The profile form's texts in its UI's language. Not {@code getTranslation}: that needs a running VaadinService, and
 * the form is also built without one (ProfileFormTest, CompleteProfileFormTest), where it reads English.
 */
final class FormTexts {

    private FormTexts() {
    }

    static String text(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        return Texts.text(ui == null ? null : ui.getLocale(), key, arguments);
    }
}
