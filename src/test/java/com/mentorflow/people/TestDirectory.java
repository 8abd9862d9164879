package com.mentorflow.people;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Directory files for tests. Every file starts with the demo directory: the test database is shared and an
 * import marks everyone missing from the file inactive.
 */
public final class TestDirectory {

    private TestDirectory() {
    }

    public static int demoRows() {
        return DemoPeople.directoryCsv().split("\n").length - 1;
    }

    /** The demo rows, then {@code good} valid rows and five bad ones (missing id, level, date, e-mail twice). */
    public static String withFiveBadRows(String run, int good) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < good; i++) {
            rows.add(String.join(",", run + "-" + i, "Person " + i, run.toLowerCase() + "." + i + "@example.com", "regular",
                    "Site " + (i % 5), "US", "America/New_York", "Line " + (i % 3), "Org", "Engineering", "L" + (1 + i % 10),
                    "2020-02-" + String.format("%02d", 1 + i % 28), "", "en;es"));
        }
        rows.add(",No Id,noid@example.com,regular,Site,US,,,,,L3,2020-01-01,,en");
        rows.add(run + "-bad-level,Bad Level,bl-" + run + "@example.com,regular,Site,US,,,,,L11,2020-01-01,,en");
        rows.add(run + "-bad-date,Bad Date,bd-" + run + "@example.com,regular,Site,US,,,,,L3,2020-13-45,,en");
        rows.add(run + "-dup-mail,Dup Mail," + run.toLowerCase() + ".7@example.com,regular,Site,US,,,,,L3,2020-01-01,,en");
        rows.add(run + "-bad-mail,Bad Mail,not-an-address,regular,Site,US,,,,,L3,2020-01-01,,en");
        return DemoPeople.directoryCsv() + String.join("\n", rows) + "\n";
    }

    /** A valid row for a person of this run. */
    public static String row(String run, int i) {
        return String.join(",", run + "-" + i, "Person " + i, run.toLowerCase() + "." + i + "@example.com", "regular",
                "Site " + (i % 5), "US", "America/New_York", "Line " + (i % 3), "Org", "Engineering", "L" + (1 + i % 10),
                "2020-02-" + String.format("%02d", 1 + i % 28), "", "en;es");
    }

    /**
     * Header and one row for every person active in the directory now, whoever made them: a file that leaves no
     * one out, so tests on deactivation touch only their own people. Entries made for accounts (local-…) are not
     * HR's: a file never names them and they are never missing.
     */
    public static List<String> everyoneActive(JdbcTemplate jdbc) {
        List<String> rows = new ArrayList<>();
        rows.add(String.join(",", DirectoryImport.COLUMNS));
        jdbc.query("select employee_id, full_name, email, employee_type, site, country, time_zone, business_line, "
                + "organisation, job_family, 'L' || level, hire_date, manager_id, languages from mentorflow.employee "
                + "where active and employee_id not like 'local-%' order by employee_id", row -> {
            Object[] values = new Object[14];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getString(i + 1);
            }
            rows.add(CSVFormat.DEFAULT.format(values));
        });
        return rows;
    }

    public static String file(List<String> rows) {
        return String.join("\n", rows) + "\n";
    }
}
