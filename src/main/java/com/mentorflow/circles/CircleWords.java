package com.mentorflow.circles;

import com.mentorflow.platform.Texts;
import java.util.Locale;

/** The circle words people read (statuses, roles, meeting languages) in the reader's language, in views and mails alike. */
final class CircleWords {

    private CircleWords() {
    }

    static String status(Locale reader, CircleStatus status) {
        return Texts.text(reader, "circles.status." + status.name());
    }

    static String role(Locale reader, CircleMembership.Role role) {
        return Texts.text(reader, "circles.role." + role.name());
    }

    static String meetingKind(Locale reader, CircleMeetingKind kind) {
        return Texts.text(reader, "circles.meetingKind." + kind.name());
    }

    /** A word inside a sentence: lower case, but German keeps its capitals (nouns keep them there). */
    static String inSentence(Locale reader, String word) {
        Locale language = reader == null ? Locale.ENGLISH : reader;
        return "de".equals(language.getLanguage()) ? word : word.toLowerCase(language);
    }

    /** The language a circle meets in, named in the reader's language ("German", "Alemán", "Deutsch"). */
    static String language(Locale reader, String code) {
        if (code == null || !Circles.LANGUAGES.containsKey(code)) {
            return code;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader == null ? Locale.ENGLISH : reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader == null ? Locale.ENGLISH : reader) + name.substring(1);
    }
}
