package com.mentorflow.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input a person gave that the command refuses, with one plain-language message per field. Thrown
 * before anything is written, so the command changes nothing. The messages are {@link Sentence}s: English in
 * {@link #problems()} and {@link #getMessage()}, the reader's language through {@link #problems(Locale)}.
 */
public class RejectedInputException extends RuntimeException {

    private final Map<String, Sentence> sentences;

    public RejectedInputException(Map<String, String> problems) {
        this(problems.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Sentence.asIs(e.getValue()),
                (a, b) -> a, LinkedHashMap::new)), true);
    }

    public RejectedInputException(String field, String message) {
        this(field, Sentence.asIs(message));
    }

    public RejectedInputException(String field, Sentence sentence) {
        this(Map.of(field, sentence), true);
    }

    /** {@code keyed} only tells this constructor apart from the public one, whose map has the same erasure. */
    private RejectedInputException(Map<String, Sentence> sentences, boolean keyed) {
        super(sentences.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().english())
                .collect(Collectors.joining("; ")));
        this.sentences = Map.copyOf(sentences);
    }

    /** Field name to message in English, in no particular order. */
    public Map<String, String> problems() {
        return problems(Languages.ENGLISH);
    }

    /** Field name to message in the reader's language, in no particular order. */
    public Map<String, String> problems(Locale reader) {
        return sentences.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().in(reader)));
    }

    /** Collects problems while checking a command's input, then throws them all at once. */
    public static final class Collector {
        private final Map<String, Sentence> problems = new LinkedHashMap<>();

        public Collector check(boolean ok, String field, Sentence sentence) {
            if (!ok) {
                problems.putIfAbsent(field, sentence);
            }
            return this;
        }

        /** Words that have no key (see {@link Sentence#asIs}). */
        public Collector check(boolean ok, String field, String message) {
            return check(ok, field, Sentence.asIs(message));
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new RejectedInputException(problems, true);
            }
        }
    }
}
