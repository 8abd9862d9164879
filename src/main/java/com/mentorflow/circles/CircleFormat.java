package com.mentorflow.circles;

import com.mentorflow.platform.Times;
import java.time.Instant;
import java.time.ZoneId;

/** Times as a circle member reads them: on their own clock, with the circle's beside it where it differs. */
final class CircleFormat {

    private CircleFormat() {
    }

    static String when(Times reader, Instant at, String circleZone) {
        return at == null ? com.mentorflow.platform.Texts.text(reader.locale(), "circles.when.notPlanned") : reader.dateTime(at, ZoneId.of(circleZone));
    }

    static String day(Times reader, Instant at) {
        return at == null ? "" : reader.date(at);
    }
}
