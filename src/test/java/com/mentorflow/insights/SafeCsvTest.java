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
        try (SafeCsv csv = new SafeCsv(out)) {
            csv.printRecord("=HYPERLINK(\"http://x\",\"y\")", -3, 2.5, null, java.time.Instant.EPOCH);
        }

        assertThat(out.toString()).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3,2.5,,1970-01-01T00:00:00Z\r\n");
    }
}
