package com.mentorflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RawTimestampsTest {

    private static final Instant AT = Instant.parse("2026-12-01T13:45:30.123Z");

    @Test
    void findsTheFormsATimeHasWhenNobodyFormattedIt() {
        for (String raw : new String[] {AT.toString(), LocalDateTime.of(2026, 12, 1, 13, 45).toString(),
                Long.toString(AT.toEpochMilli()), java.sql.Timestamp.from(AT).toString(), "20261201T134530Z"}) {
            assertThat(RawTimestamps.in("Planned for " + raw + ".")).as(raw).hasSize(1);
        }
    }

    @Test
    void leavesFormattedTimesAndOtherNumbersAlone() {
        assertThat(RawTimestamps.in("Tue, 1 Dec 2026, 14:45 CET (07:45 in Chicago); 01.12.2026, 14:45; "
                + "1.234.567.890.123 views; 12 of 40 minutes; year 2026")).isEmpty();
    }
}
