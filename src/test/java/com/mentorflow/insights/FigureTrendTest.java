package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    @Test
    void readsInTheReadersLanguageMonthsAndNumbersIncluded() {
        assertThat(FigureTrend.summary(Locale.GERMAN, "Mentees", MONTHS, List.of(1204.0, 11.0, 4.25)))
                .isEqualTo("Mentees, letzte zwölf Monate: 4,3 im Dezember 2026, gesunken von 1.204 im Oktober 2026.");
        assertThat(FigureTrend.summary(Locale.forLanguageTag("es"), "Mentorados", MONTHS, Arrays.asList(null, 50.0, null)))
                .isEqualTo("Mentorados, últimos doce meses: 50 en noviembre de 2026, el único mes con un valor.");
    }

    @Test
    void theTableBehindTheChartReadsInTheUisLanguage() {
        UI ui = new UI();
        ui.setLocale(Locale.GERMAN);
        UI.setCurrent(ui);
        try {
            FigureTrend trend = new FigureTrend("Mentees", MONTHS, List.of(9.0, 11.0, 1204.0));
            NativeDetails details = (NativeDetails) trend.getContent().getChildren().filter(NativeDetails.class::isInstance)
                    .findFirst().orElseThrow();
            assertThat(details.getSummaryText()).isEqualTo("Die Zahlen als Tabelle zeigen");
            NativeTable table = (NativeTable) details.getContent();
            assertThat(table.getCaption().getText()).isEqualTo("Mentees nach Monat");
            assertThat(table.getElement().getTextRecursively()).contains("Monat", "Wert", "Dezember 2026", "1.204");
        } finally {
            UI.setCurrent(null);
        }
    }
}
