package com.mentorflow.notify;

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

    /** English only for now; the i18n bundles will answer here by locale, and no template changes. */
    static LayoutTexts of(Locale locale) {
        return new LayoutTexts("Open in Mentorflow",
                "If the button does not work, copy this address into your browser:",
                "You get this mail because you take part in mentoring at your company through Mentorflow. "
                        + "It was sent automatically.",
                "Program:");
    }
}
