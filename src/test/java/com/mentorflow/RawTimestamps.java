package com.mentorflow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a time looks like when it reached a person unformatted: ISO (2026-12-14T18:21:45, an Instant's 2026-12-14T18:21:45.123Z),
 * JDBC (10:00:00.0) or epoch milliseconds (1797272505123).
 */
public final class RawTimestamps {

    private static final Pattern RAW = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"        // Instant / LocalDateTime toString
                    + "|\\d{2}:\\d{2}:\\d{2}\\.\\d"      // java.sql.Timestamp toString
                    + "|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}" // a timestamp with the T replaced
                    + "|\\d{8}T\\d{6}Z?"                 // iCalendar's own form, outside the .ics
                    + "|(?<!\\d|\\d[.,])1[5-9]\\d{11}(?!\\d|[.,]\\d)"); // epoch milliseconds, 2017 to 2033

    private RawTimestamps() {
    }

    /** Each raw timestamp in the text, with a little of what surrounds it. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = RAW.matcher(text);
        while (matcher.find()) {
            found.add(text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 20))
                    .replace('\n', ' '));
        }
        return found;
    }
}
