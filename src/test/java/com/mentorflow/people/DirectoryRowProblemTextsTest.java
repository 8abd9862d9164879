package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.platform.Languages;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A refused row of the directory preview is said in the admin's language, while the plan's fingerprint stays the
 * same whichever language the preview is read in (the import recomputes it and must match what was previewed).
 */
class DirectoryRowProblemTextsTest {

    private static final String HEADER = String.join(",", DirectoryImport.COLUMNS);

    /** An empty directory, so that planning needs no database. */
    private final DirectoryPlanner planner = new DirectoryPlanner(new EmployeeRecords(new JdbcTemplate(new DriverManagerDataSource())) {
        @Override
        void forEach(BiConsumer<String[], Boolean> entry) {
        }
    });

    private DirectoryPreview preview(String level) throws IOException {
        String csv = String.join("\n", HEADER,
                "e-1,Ana,ana@example.com,regular,Site,DE,Europe/Berlin,,,,L3,2020-01-01,,de",
                "e-2,Ben,ben@example.com,regular,Site,DE,Europe/Berlin,,,," + level + ",2020-01-01,,de",
                "e-1,Ana Again,ana2@example.com,regular,Site,DE,Europe/Berlin,,,,L3,2020-01-01,,de") + "\n";
        return planner.plan(new StringReader(csv), false, values -> { }, rows -> { }).preview();
    }

    @Test
    void aRefusedRowReadsInGermanAndSpanishAndStaysEnglishForTheApi() throws IOException {
        List<DirectoryPreview.RowProblem> refused = preview("L11").refusedRows();

        assertThat(refused).extracting(p -> p.problem().in(Languages.GERMAN)).containsExactly(
                "Unbekannte Stufe „L11“; die Stufen reichen von L1 bis L10.",
                "Die Personalnummer e-1 kommt mehrmals in der Datei vor.");
        assertThat(refused.get(0).problem().in(Languages.SPANISH)).isEqualTo("Nivel desconocido «L11»; los niveles van de L1 a L10.");
        assertThat(refused).extracting(DirectoryPreview.RowProblem::message).containsExactly(
                "Unknown level \"L11\"; levels are L1 to L10.", "Employee id e-1 appears more than once in the file.");
    }

    @Test
    void thePlanIsTheSameWhicheverLanguageThePreviewIsReadIn() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Languages.GERMAN);
            DirectoryPreview german = preview("L11");
            german.refusedRows().forEach(p -> p.problem().in(Languages.GERMAN));
            Locale.setDefault(Languages.SPANISH);
            DirectoryPreview spanish = preview("L11");
            spanish.refusedRows().forEach(p -> p.problem().in(Languages.SPANISH));
            Locale.setDefault(Languages.ENGLISH);
            DirectoryPreview english = preview("L11");

            assertThat(german.plan()).isEqualTo(english.plan()).isEqualTo(spanish.plan());
            assertThat(preview("L12").plan()).as("the problem's words are part of the plan").isNotEqualTo(english.plan());
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The name and the languages may be 200 characters long, the other text columns 120: the problem says which. */
    @Test
    void aTooLongValueIsRefusedWithTheLimitOfItsColumn() throws IOException {
        String csv = String.join("\n", HEADER,
                "e-1,Ana,ana@example.com,regular," + "S".repeat(121) + ",DE,Europe/Berlin,,,,L3,2020-01-01,,de",
                "e-2,Ben,ben@example.com,regular,Site,DE,Europe/Berlin,,,,L3,2020-01-01,," + "de ".repeat(70)) + "\n";
        List<DirectoryPreview.RowProblem> refused = planner.plan(new StringReader(csv), false, values -> { }, rows -> { })
                .preview().refusedRows();

        assertThat(refused).extracting(DirectoryPreview.RowProblem::message).containsExactly(
                "The value in site is longer than 120 characters.", "The value in languages is longer than 200 characters.");
    }
}
