package com.mentorflow.modeler;

import com.mentorflow.platform.Sentence;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a decision's FEEL may do: compare values. Strings are read as FEEL reads them (escapes included) before
 * anything else, so a quote in a comment cannot hide code; comments, calls of any function but {@code not(…)},
 * loops ({@code for}, {@code some}, {@code every}), powers and numbers of ten digits or more are refused. FEEL's
 * functions include regular expressions and arbitrary precision ({@code extract}, {@code decimal(1, 30000000)})
 * that keep a thread busy for as long as a model likes, and every participant's join request evaluates a decision.
 */
final class FeelCheck {

    private static final Pattern CALL = Pattern.compile("([A-Za-z_][\\w]*)\\s*\\(");
    private static final Pattern LOOP = Pattern.compile("\\b(for|some|every|function|external)\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{10,}");

    private FeelCheck() {
    }

    /** Why this FEEL text is refused, if it is. */
    static Optional<Sentence> problem(String text) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= text.length()) {
                    return Optional.of(Sentence.of("modeler.rule.feel.openString"));
                }
                code.append("\"\"");
                i = end;
            } else if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '*' || text.charAt(i + 1) == '/')) {
                return Optional.of(Sentence.of("modeler.rule.feel.comment"));
            } else {
                code.append(c);
            }
        }
        String outside = code.toString();
        Matcher loop = LOOP.matcher(outside);
        if (loop.find()) {
            return Optional.of(Sentence.of("modeler.rule.feel.loop", loop.group(1)));
        }
        Matcher call = CALL.matcher(outside);
        while (call.find()) {
            if (!"not".equals(call.group(1))) {
                return Optional.of(Sentence.of("modeler.rule.feel.call", call.group(1)));
            }
        }
        if (outside.contains("**")) {
            return Optional.of(Sentence.of("modeler.rule.feel.power"));
        }
        if (LONG_NUMBER.matcher(outside).find()) {
            return Optional.of(Sentence.of("modeler.rule.feel.longNumber"));
        }
        return Optional.empty();
    }
}
