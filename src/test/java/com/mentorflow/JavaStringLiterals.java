package com.mentorflow;

import java.util.ArrayList;
import java.util.List;

/** Reads the string literals out of Java source, for tests that check the SQL the sources hold. */
final class JavaStringLiterals {

    private JavaStringLiterals() {
    }

    /**
     * The string literals and text blocks of a Java source, comments and char literals skipped; literals joined
     * only by {@code +} come back as one string.
     */
    static List<String> of(String source) {
        List<String> literals = new ArrayList<>();
        StringBuilder current = null;
        boolean joinable = false;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = indexOrEnd(source, "\n", i);
            } else if (source.startsWith("/*", i)) {
                i = indexOrEnd(source, "*/", i + 2) + 2;
            } else if (c == '\'') {
                i = endOfQuoted(source, i, '\'');
            } else if (c == '"') {
                int end;
                String text;
                if (source.startsWith("\"\"\"", i)) {
                    end = indexOrEnd(source, "\"\"\"", i + 3) + 3;
                    text = source.substring(i + 3, Math.max(i + 3, end - 3));
                } else {
                    end = endOfQuoted(source, i, '"');
                    text = source.substring(i + 1, Math.max(i + 1, end - 1));
                }
                if (current != null && joinable) {
                    current.append(text);
                } else {
                    if (current != null) {
                        literals.add(current.toString());
                    }
                    current = new StringBuilder(text);
                }
                joinable = false;
                i = end;
            } else {
                if (c == '+') {
                    joinable = true;
                } else if (!Character.isWhitespace(c)) {
                    joinable = false;
                    if (current != null) {
                        literals.add(current.toString());
                        current = null;
                    }
                }
                i++;
            }
        }
        if (current != null) {
            literals.add(current.toString());
        }
        return literals;
    }

    private static int endOfQuoted(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int indexOrEnd(String source, String what, int from) {
        int at = source.indexOf(what, from);
        return at < 0 ? source.length() : at;
    }
}
