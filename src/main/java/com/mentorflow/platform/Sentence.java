package com.mentorflow.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence the domain says to a person, kept as its text key and arguments so that it is said in whichever language
 * the reader reads ({@link Texts}): a refusal is made once, in a service, and read by a Spanish view, a German API
 * caller and an English log alike. An argument that is a sentence itself (a program's name) is said in the same
 * language; a list of them (a model's several problems) is said joined by "; ".
 */
public final class Sentence {

    private final String key;
    private final String asIs;
    private final Object[] arguments;

    private Sentence(String key, String asIs, Object[] arguments) {
        this.key = key;
        this.asIs = asIs;
        this.arguments = arguments;
    }

    /** The text of {@code key} with {@code arguments} filled in. */
    public static Sentence of(String key, Object... arguments) {
        return new Sentence(Objects.requireNonNull(key), null, arguments.clone());
    }

    /** Words that have no key: already in the reader's language, or from somewhere that speaks one language only. */
    public static Sentence asIs(String text) {
        return new Sentence(null, Objects.requireNonNull(text), new Object[0]);
    }

    /** The sentence in the reader's language; English when null or not one of ours. */
    public String in(Locale reader) {
        if (key == null) {
            return asIs;
        }
        Object[] filled = Arrays.stream(arguments).map(argument -> said(argument, reader)).toArray();
        return Texts.text(reader, key, filled);
    }

    private static Object said(Object argument, Locale reader) {
        if (argument instanceof Sentence nested) {
            return nested.in(reader);
        }
        if (argument instanceof List<?> parts) {
            return String.join("; ", parts.stream().map(part -> String.valueOf(said(part, reader))).toList());
        }
        return argument;
    }

    public String english() {
        return in(Languages.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
