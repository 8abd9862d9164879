package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.platform.RejectedInputException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The HR import: bad rows with their reasons, re-import, and a file that adds people. Every file here names
 * everyone the shared test database holds ({@link TestDirectory#everyoneActive}) unless a test is about who is
 * missing; deactivation is in {@link DirectorySyncRulesTest}.
 */
@MentorflowTest
class DirectoryImportTest {

    @Autowired DirectoryImport directoryImport;
    @Autowired JdbcTemplate jdbc;

    private final String run = "T" + Long.toString(System.nanoTime(), 36);

    private List<String> goodRows(int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(TestDirectory.row(run, i));
        }
        return rows;
    }

    private DirectoryPreview importRows(List<String> rows) throws Exception {
        String demo = DemoPeople.directoryCsv();
        return directoryImport.apply(new StringReader(demo + String.join("\n", rows) + "\n"),
                DirectoryImport.Request.withoutDeactivating(), read -> { });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void importsGoodRowsReportsBadOnesAndReimportChangesNothing() throws Exception {
        List<String> rows = goodRows(995);
        rows.add(100, "," + "No Id,noid@example.com,regular,Site,US,,,,,L3,2020-01-01,,en");
        rows.add(200, run + "-bad-level,Bad Level,bl-" + run + "@example.com,regular,Site,US,,,,,L11,2020-01-01,,en");
        rows.add(300, run + "-bad-date,Bad Date,bd-" + run + "@example.com,regular,Site,US,,,,,L3,2020-13-45,,en");
        rows.add(400, run + "-dup-mail,Dup Mail," + run.toLowerCase() + ".7@example.com,regular,Site,US,,,,,L3,2020-01-01,,en");
        rows.add(500, run + "-bad-mail,Bad Mail,not-an-address,regular,Site,US,,,,,L3,2020-01-01,,en");
        rows.add(600, run + "-nul,Nul\u0000Name,nul-" + run + "@example.com,regular,Site,US,,,,,L3,2020-01-01,,en");
        rows.add(700, run + "-3,Twice,twice-" + run + "@example.com,regular,Site,US,,,,,L3,2020-01-01,,en");

        DirectoryPreview first = importRows(rows);

        int demoRows = TestDirectory.demoRows();
        assertThat(first.applied()).isTrue();
        assertThat(first.rowsRead()).isEqualTo(demoRows + 1002);
        assertThat(first.added()).isEqualTo(995);
        assertThat(first.imported()).isEqualTo(demoRows + 995);
        assertThat(first.deactivated()).as("deactivation was not asked for").isZero();
        assertThat(first.refusedRows()).extracting(DirectoryPreview.RowProblem::message).containsExactly(
                "The employee id is missing.",
                "Unknown level \"L11\"; levels are L1 to L10.",
                "The hire date \"2020-13-45\" is not a date like 2024-03-31.",
                "The e-mail address " + run.toLowerCase() + ".7@example.com already belongs to employee " + run + "-7.",
                "The e-mail address \"not-an-address\" is not valid.",
                "The row contains a NUL character (an invisible control character that cannot be stored).",
                "Employee id " + run + "-3 appears more than once in the file.");
        assertThat(first.refusedRows().get(1).line()).as("header is line 1").isEqualTo(1 + demoRows + 201);
        assertThat(first.refusedRows().get(1).employeeId()).isEqualTo(run + "-bad-level");
        assertThat(count("employee_id like ?", run + "-%")).isEqualTo(995);
        assertThat(count("employee_id in (?, ?)", run + "-bad-level", run + "-bad-date")).isZero();

        DirectoryPreview again = importRows(rows);

        assertThat(again.added()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.deactivated()).isZero();
        assertThat(again.unchanged()).isEqualTo(demoRows + 995);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void previewListsTheNewTheChangedFieldsAndTheUnchangedAndWritesNothing() throws Exception {
        importRows(goodRows(3));
        List<String> rows = goodRows(4);
        rows.set(1, rows.get(1).replace("Person 1", "Person One").replace(",L2,", ",L5,"));

        DirectoryPreview preview = directoryImport.preview(new StringReader(DemoPeople.directoryCsv()
                + String.join("\n", rows) + "\n"), false, read -> { });

        assertThat(preview.applied()).isFalse();
        assertThat(preview.newPeople()).extracting(DirectoryPreview.Person::employeeId).containsExactly(run + "-3");
        assertThat(preview.changedPeople()).singleElement().satisfies(change -> {
            assertThat(change.employeeId()).isEqualTo(run + "-1");
            assertThat(change.fields()).containsExactly(new DirectoryPreview.FieldChange("name", "Person 1", "Person One"),
                    new DirectoryPreview.FieldChange("level", "2", "5"));
        });
        assertThat(preview.unchangedPeople()).extracting(DirectoryPreview.Person::employeeId).contains(run + "-0", run + "-2");
        assertThat(count("employee_id = ?", run + "-3")).as("a preview writes nothing").isZero();
        assertThat(jdbc.queryForObject("select full_name from mentorflow.employee where employee_id = ?", String.class,
                run + "-1")).isEqualTo("Person 1");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aFileWithoutTheExpectedColumnsIsRefusedWhole() {
        long before = count("true");

        assertThatThrownBy(() -> directoryImport.apply(new StringReader("employee_id,name\nX1,Somebody\n"),
                DirectoryImport.Request.withoutDeactivating(), read -> { }))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("missing: email, employee_type");

        assertThat(count("true")).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aByteOrderMarkFromASpreadsheetIsNotPartOfTheHeader() throws Exception {
        DirectoryPreview preview = directoryImport.preview(new StringReader("\uFEFF" + DemoPeople.directoryCsv()), false,
                read -> { });

        assertThat(preview.rowsRead()).isEqualTo(TestDirectory.demoRows());
        assertThat(preview.refused()).isZero();
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void onlyAdminsImportOrPreview() {
        assertThatThrownBy(() -> importRows(goodRows(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directoryImport.preview(new StringReader(DemoPeople.directoryCsv()), false, read -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long count(String where, Object... args) {
        return jdbc.queryForObject("select count(*) from mentorflow.employee where " + where, Long.class, args);
    }
}
