package com.mentorflow.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input a person gave that the command refuses, with one plain-language message per field. Thrown
 * before anything is written, so the command changes nothing.
 */
public class RejectedInputException extends RuntimeException {

    private final Map<String, String> problems;

    public RejectedInputException(Map<String, String> problems) {
        super(problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(problems);
    }

    public RejectedInputException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Field name to message, in no particular order. */
    public Map<String, String> problems() {
        return problems;
    }

    /** Collects problems while checking a command's input, then throws them all at once. */
    public static final class Collector {
        private final Map<String, String> problems = new LinkedHashMap<>();

        public Collector check(boolean ok, String field, String message) {
            if (!ok) {
                problems.putIfAbsent(field, message);
            }
            return this;
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new RejectedInputException(problems);
            }
        }
    }
}
