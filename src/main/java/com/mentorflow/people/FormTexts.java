package com.mentorflow.people;

import com.mentorflow.platform.Texts;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * The profile form's texts in its UI's language. Not {@code getTranslation}: that needs a running VaadinService, and
 * the form is also built without one (ProfileFormTest, CompleteProfileFormTest), where it reads English.
 */
final class FormTexts {

    private FormTexts() {
    }

    static String text(String key, Object... arguments) {
        return Texts.text(reader(), key, arguments);
    }

    /** The UI's language; null (English) without a UI. */
    static Locale reader() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }
}
