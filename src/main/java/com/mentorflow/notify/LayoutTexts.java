package com.mentorflow.notify;

import com.mentorflow.platform.Texts;
import java.util.Locale;

/**
 * The layout's own words, the same around every mail; the mail's content comes translated from its author.
 *
 * @param openAction  the button's label when the author gives none
 * @param linkHint    under the button, for mail programs that show no buttons
 * @param footer      why the reader gets this mail
 * @param programLine before the program's name in the header
 */
record LayoutTexts(String openAction, String linkHint, String footer, String programLine) {

    /** In the recipient's language (the letter's locale): the notify bundle answers, the template stays as it is. */
    static LayoutTexts of(Locale locale) {
        return new LayoutTexts(Texts.text(locale, "notify.layout.openAction"), Texts.text(locale, "notify.layout.linkHint"),
                Texts.text(locale, "notify.layout.footer"), Texts.text(locale, "notify.layout.programLine"));
    }
}
