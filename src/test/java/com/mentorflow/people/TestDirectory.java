package com.mentorflow.people;

import java.util.ArrayList;
import java.util.List;

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
}
