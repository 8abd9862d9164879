package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence a screen reader gives for a figure's chart. */
class FigureTrendTest {

    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));

    @Test
    void saysWhereTheFigureEndedAndWhereItCameFrom() {
        assertThat(FigureTrend.summary("Mentees", MONTHS, List.of(9.0, 11.0, 14.0)))
                .isEqualTo("Mentees, last twelve months: 14 in December 2026, up from 9 in October 2026.");
        assertThat(FigureTrend.summary("Check-in rating", MONTHS, List.of(4.25, 4.0, 3.5)))
                .isEqualTo("Check-in rating, last twelve months: 3.5 in December 2026, down from 4.3 in October 2026.");
    }

    @Test
    void readsOnlyTheMonthsWithAValue() {
        assertThat(FigureTrend.summary("Acceptance rate", MONTHS, Arrays.asList(null, 50.0, null)))
                .isEqualTo("Acceptance rate, last twelve months: 50 in November 2026, the only month with a value.");
        assertThat(FigureTrend.summary("Acceptance rate", MONTHS, Arrays.asList(null, null, null)))
                .isEqualTo("Acceptance rate, last twelve months: no values yet.");
        assertThat(FigureTrend.summary("Mentors", MONTHS, Arrays.asList(1204.0, null, 1204.04)))
                .isEqualTo("Mentors, last twelve months: 1,204 in December 2026, unchanged from 1,204 in October 2026.");
    }
}
