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
 * The HR import: 1,000 rows with 5 bad ones, re-import, people leaving. The demo directory is part of every
 * file here, because the test database is shared and people missing from a file are marked inactive.
 */
@MentorflowTest
class DirectoryImportTest {

    @Autowired DirectoryImport directoryImport;
    @Autowired JdbcTemplate jdbc;

    private final String run = "T" + Long.toString(System.nanoTime(), 36);

    private String row(int i) {
        return String.join(",", run + "-" + i, "Person " + i, run.toLowerCase() + "." + i + "@example.com", "regular",
                "Site " + (i % 5), "US", "America/New_York", "Line " + (i % 3), "Org", "Engineering", "L" + (1 + i % 10),
                "2020-02-" + String.format("%02d", 1 + i % 28), "", "en;es");
    }

    private List<String> goodRows(int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(i));
        }
        return rows;
    }

    private DirectoryImport.Report importRows(List<String> rows) throws Exception {
        String demo = DemoPeople.directoryCsv();
        return directoryImport.run(new StringReader(demo + String.join("\n", rows) + "\n"), read -> { });
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

        DirectoryImport.Report first = importRows(rows);

        int demoRows = DemoPeople.directoryCsv().split("\n").length - 1;
        assertThat(first.rowsRead()).isEqualTo(demoRows + 1001);
        assertThat(first.added()).isEqualTo(995);
        assertThat(first.imported()).isEqualTo(demoRows + 995);
        assertThat(first.problems()).extracting(DirectoryImport.RowProblem::message).containsExactly(
                "The employee id is missing.",
                "Unknown level \"L11\"; levels are L1 to L10.",
                "The hire date \"2020-13-45\" is not a date like 2024-03-31.",
                "The e-mail address " + run.toLowerCase() + ".7@example.com already belongs to employee " + run + "-7.",
                "The e-mail address \"not-an-address\" is not valid.",
                "The row contains a NUL character (an invisible control character that cannot be stored).");
        assertThat(first.problems().get(1).line()).as("header is line 1").isEqualTo(1 + demoRows + 201);
        assertThat(count("employee_id like ?", run + "-%")).isEqualTo(995);
        assertThat(count("employee_id in (?, ?)", run + "-bad-level", run + "-bad-date")).isZero();

        DirectoryImport.Report again = importRows(rows);

        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.deactivated()).isZero();
        assertThat(again.unchanged()).isEqualTo(demoRows + 995);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void peopleMissingFromTheFileAreMarkedInactiveNotDeleted() throws Exception {
        importRows(goodRows(10));

        DirectoryImport.Report report = importRows(goodRows(8));

        assertThat(report.deactivated()).isEqualTo(2);
        assertThat(count("employee_id like ? and not active", run + "-%")).isEqualTo(2);
        assertThat(count("employee_id like ?", run + "-%")).isEqualTo(10);

        List<String> changed = goodRows(10);
        changed.set(9, changed.get(9).replace("Person 9", "Person Nine"));
        DirectoryImport.Report back = importRows(changed);
        assertThat(back.updated()).as("two come back, one renamed").isEqualTo(2);
        assertThat(count("employee_id like ? and active", run + "-%")).isEqualTo(10);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aFileWithoutTheExpectedColumnsIsRefusedWhole() {
        long before = count("true");

        assertThatThrownBy(() -> directoryImport.run(new StringReader("employee_id,name\nX1,Somebody\n"), read -> { }))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("missing: email, employee_type");

        assertThat(count("true")).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void onlyAdminsImport() {
        assertThatThrownBy(() -> importRows(goodRows(1))).isInstanceOf(AccessDeniedException.class);
    }

    private long count(String where, Object... args) {
        return jdbc.queryForObject("select count(*) from mentorflow.employee where " + where, Long.class, args);
    }
}
