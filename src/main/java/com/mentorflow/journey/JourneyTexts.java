package com.mentorflow.journey;

/** How the journey's commands measure and store what people type: stripped, and blank as nothing. */
final class JourneyTexts {

    static final int MAX_TEXT = 2000;

    private JourneyTexts() {
    }

    static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
