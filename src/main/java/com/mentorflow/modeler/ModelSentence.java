package com.mentorflow.modeler;

import com.mentorflow.platform.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A sentence the modeler says to an admin (a model's problem, a change between versions, why instances cannot move),
 * kept as a key in {@code i18n/modeler*.properties} and its arguments, so the page renders it in its reader's language.
 * An argument may be a sentence itself ("every 3 hours"), or a list of them, read joined by "; ". {@link #toString()} is the English: the audit
 * log, {@code /engine-rest} and the tests read that. Modeler-local until the platform has a shared type for this.
 */
public record ModelSentence(String key, List<Object> args) {

    public ModelSentence {
        args = Collections.unmodifiableList(new ArrayList<>(args)); // an argument may be null (a parser's message)
    }

    public static ModelSentence of(String key, Object... args) {
        return new ModelSentence(key, Arrays.asList(args));
    }

    /** In the reader's language; numbers are passed as they should read (a line number as text, not "1,234"). */
    public String in(Locale reader) {
        return Texts.text(reader, key, args.stream().map(a -> rendered(a, reader)).toArray());
    }

    private static Object rendered(Object arg, Locale reader) {
        if (arg instanceof ModelSentence sentence) {
            return sentence.in(reader);
        }
        if (arg instanceof List<?> parts) {
            return String.join("; ", parts.stream().map(part -> String.valueOf(rendered(part, reader))).toList());
        }
        return arg;
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
