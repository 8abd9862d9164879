package com.mentorflow.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four languages Mentorflow speaks, each with one locale, so each language has one format for dates and numbers
 * (an American and a British reader of English read the same "10 Dec 2026"). Which one a reader gets: the one they
 * chose on their profile, else the best of their browser's languages that is ours, else English.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale SPANISH = Locale.forLanguageTag("es-ES");
    public static final Locale GERMAN = Locale.GERMANY;
    public static final Locale HINDI = Locale.forLanguageTag("hi-IN");
    /** English first: it is the default, and the bundle every other must match. */
    public static final List<Locale> ALL = List.of(ENGLISH, SPANISH, GERMAN, HINDI);

    private Languages() {
    }

    /** Ours for the locale's language ("es-MX" reads Spanish), else English; never null. */
    public static Locale supported(Locale locale) {
        return locale == null ? ENGLISH : byTag(locale.getLanguage()).orElse(ENGLISH);
    }

    /** "es" (or "es-MX") is Spanish; an empty, unknown or missing tag is none of ours. */
    public static Optional<Locale> byTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return ALL.stream().filter(ours -> ours.getLanguage().equals(language)).findFirst();
    }

    /** The code stored for a choice: "es". */
    public static String tag(Locale locale) {
        return supported(locale).getLanguage();
    }

    /**
     * The browser's most preferred language that is ours: "fr-FR,fr;q=0.9,de;q=0.8" reads German. A header that
     * names none of ours, is missing or is malformed reads English.
     */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> byTag(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst().orElse(ENGLISH);
        } catch (IllegalArgumentException malformed) {
            // Read as listed, weights ignored: a header the JDK finds malformed still names languages in order.
            return Arrays.stream(header.split(",")).map(range -> range.split(";")[0])
                    .map(Languages::byTagOrNone).flatMap(Optional::stream).findFirst().orElse(ENGLISH);
        }
    }

    private static Optional<Locale> byTagOrNone(String tag) {
        try {
            return byTag(tag);
        } catch (RuntimeException notATag) {
            return Optional.empty();
        }
    }

    /** A language as its speakers write it, for choosing one: "Español", "हिन्दी". */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
