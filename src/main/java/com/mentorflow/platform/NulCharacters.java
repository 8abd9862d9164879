package com.mentorflow.platform;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL cannot store U+0000 in text: a NUL that reaches SQL fails the statement, and the failure (with the
 * person's text in it) lands in the log. Input is checked for it where it arrives, and refused with this sentence.
 */
public final class NulCharacters {

    public static final Sentence SENTENCE = Sentence.of("platform.refusal.nulCharacter");
    /** The refusal in English, as logs and tests read it. */
    public static final String MESSAGE = SENTENCE.english();

    private static final int MAX_DEPTH = 4;

    private NulCharacters() {
    }

    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }

    /** @throws RejectedInputException naming the field when the text holds a NUL character */
    public static void refuse(String field, CharSequence text) {
        if (in(text)) {
            throw new RejectedInputException(field, SENTENCE);
        }
    }

    /**
     * The field that holds a NUL character somewhere in a command's argument: the argument itself when it is text,
     * else a record component, or an element or key of a collection, map or array (searched a few levels deep).
     */
    static Optional<String> fieldIn(String name, Object value) {
        return fieldIn(name, value, 0);
    }

    private static Optional<String> fieldIn(String name, Object value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (value instanceof CharSequence text) {
            return in(text) ? Optional.of(name) : Optional.empty();
        }
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                Optional<String> found = fieldIn(name, item, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof Object[] items) {
            for (Object item : items) {
                Optional<String> found = fieldIn(name, item, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Optional<String> found = fieldIn(name, entry.getKey(), depth + 1)
                        .or(() -> fieldIn(entry.getKey() instanceof String key && !in(key) ? key : name, entry.getValue(), depth + 1));
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object componentValue;
                try {
                    component.getAccessor().setAccessible(true);
                    componentValue = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                Optional<String> found = fieldIn(component.getName(), componentValue, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
