package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule every export goes through: a cell a spreadsheet would run as a formula stays text. */
class SafeCsvTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"})
    void aCellStartingLikeAFormulaGetsAQuote(String cell) {
        assertThat(SafeCsv.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "Anna Smith", "1=1", " =1", "'=already quoted", "Request from =X to Y"})
    void anyOtherCellIsLeftAsItIs(String cell) {
        assertThat(SafeCsv.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void numbersStayNumbersAndQuotingStillApplies() throws Exception {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, java.time.ZoneId.of("Europe/Berlin"))) {
            csv.printRecord("=HYPERLINK(\"http://x\",\"y\")", -3, 2.5, null, java.time.Instant.EPOCH);
        }

        assertThat(out.toString()).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3,2.5,,1970-01-01T01:00:00+01:00\r\n");
    }

    @Test
    void aTimeIsWrittenInTheExportersZoneWithItsOffsetAndTheHeaderSaysWhichZone() throws Exception {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, java.time.ZoneId.of("America/Chicago"))) {
            csv.printRecord("who", csv.timeHeader("since"));
            csv.printRecord("Maya", java.time.Instant.parse("2026-12-10T16:00:00.123456Z"));
        }

        assertThat(out.toString()).isEqualTo("who,\"since (America/Chicago time, ISO 8601)\"\r\n"
                + "Maya,2026-12-10T10:00:00-06:00\r\n");
    }

    /** Issue 16 §2: the headers are in the exporter's language, the cells stay as they are. */
    @Test
    void aGermanExporterReadsGermanHeaders() throws Exception {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, java.time.ZoneId.of("Europe/Berlin"), java.util.Locale.GERMAN)) {
            csv.printRecord(csv.header("list"), csv.timeHeader("since"));
        }

        assertThat(out.toString()).isEqualTo("Liste,\"seit (Zeit Europe/Berlin, ISO 8601)\"\r\n");
    }
}
