package com.mentorflow.circles;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as a circle reads them: in the circle's own time zone, which is what its members plan by. */
final class CircleFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private CircleFormat() {
    }

    static String when(Instant at, String zone) {
        return at == null ? "not planned yet" : WHEN.format(at.atZone(ZoneId.of(zone))) + " (" + zone + ")";
    }

    static String day(Instant at, String zone) {
        return at == null ? "" : DAY.format(at.atZone(ZoneId.of(zone)));
    }
}
