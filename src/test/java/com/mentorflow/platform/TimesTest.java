package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimesTest {

    static final Instant TEN_IN_CHICAGO = Instant.parse("2026-12-10T16:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void aTimeReadsInTheReadersZoneWithTheZoneNamed() {
        assertThat(new Times(BERLIN, Locale.UK).dateTime(TEN_IN_CHICAGO)).isEqualTo("10 Dec 2026, 17:00 CET");
        assertThat(new Times(CHICAGO, Locale.UK).dateTime(TEN_IN_CHICAGO)).isEqualTo("10 Dec 2026, 10:00 CST");
    }

    @Test
    void thePartnersClockFollowsOnlyWhenItReadsDifferently() {
        assertThat(new Times(BERLIN, Locale.UK).dateTime(TEN_IN_CHICAGO, CHICAGO))
                .isEqualTo("10 Dec 2026, 17:00 CET (10:00 in Chicago)");
        assertThat(new Times(BERLIN, Locale.UK).dateTime(TEN_IN_CHICAGO, ZoneId.of("Europe/Paris")))
                .isEqualTo("10 Dec 2026, 17:00 CET");
        assertThat(new Times(BERLIN, Languages.SPANISH).dateTime(TEN_IN_CHICAGO, CHICAGO)).endsWith("(10:00 en Chicago)");
    }

    @Test
    void eachLocaleHasItsOwnFormatAndSummerTimeItsOwnName() {
        assertThat(new Times(CHICAGO, Locale.US).dateTime(TEN_IN_CHICAGO)).as("one format per language")
                .isEqualTo(new Times(CHICAGO, Locale.UK).dateTime(TEN_IN_CHICAGO)).isEqualTo("10 Dec 2026, 10:00 CST");
        assertThat(new Times(CHICAGO, Locale.forLanguageTag("es-MX")).dateTime(TEN_IN_CHICAGO)).isEqualTo("10 dic 2026 10:00 CST");
        assertThat(new Times(BERLIN, Locale.GERMANY).dateTime(TEN_IN_CHICAGO)).isEqualTo("10.12.2026, 17:00 MEZ");
        assertThat(new Times(BERLIN, Locale.UK).dateTime(Instant.parse("2026-07-01T10:00:00Z"))).isEqualTo("1 Jul 2026, 12:00 CEST");
    }

    @Test
    void dayAndNothing() {
        assertThat(new Times(CHICAGO, Locale.UK).date(Instant.parse("2026-12-11T03:00:00Z"))).isEqualTo("10 Dec 2026");
        assertThat(new Times(CHICAGO, Locale.UK).dateTime(null)).isEqualTo("—");
        assertThat(Times.place(ZoneId.of("America/Argentina/Buenos_Aires"))).isEqualTo("Buenos Aires");
    }
}
