package com.mentorflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.people.DirectoryImport;
import com.mentorflow.people.DirectoryPreview;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Figures, not assertions on time: one import that deactivates {@code bench.leavers} people (1,000), each through
 * PersonStatus with its audit entry and event, a fifth of them with accounts. {@code ./mvnw verify -Pbench}.
 */
@MentorflowTest
@Tag("bench")
@WithMockUser(username = "bench-admin", roles = "ADMIN")
class DirectoryLeaversBenchmark {

    @Autowired DirectoryImport directoryImport;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.mentorflow.people.PeopleSearch search;

    @Test
    void oneImportDeactivatingAThousandPeople() throws Exception {
        int leavers = Integer.getInteger("bench.leavers", 1000);
        String run = "B" + Long.toString(System.currentTimeMillis(), 36);
        // Stayers, so the file names more than half of the directory and the import is allowed.
        seed(run + "-stay", 2 * leavers + 100, 0);
        seed(run + "-leave", leavers, leavers / 5);
        List<String> rows = new ArrayList<>();
        rows.add(String.join(",", DirectoryImport.COLUMNS));
        jdbc.query("select employee_id, full_name, email, employee_type, site, country, time_zone, business_line, "
                + "organisation, job_family, 'L' || level, hire_date, manager_id, languages from mentorflow.employee "
                + "where active and employee_id not like 'local-%' and employee_id not like ? order by employee_id", row -> {
            Object[] values = new Object[14];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getString(i + 1);
            }
            rows.add(CSVFormat.DEFAULT.format(values));
        }, run + "-leave-%");
        String file = String.join("\n", rows) + "\n";

        long start = System.nanoTime();
        DirectoryPreview applied = directoryImport.apply(new StringReader(file),
                new DirectoryImport.Request(true, String.valueOf(leavers), null), read -> { });
        long millis = (System.nanoTime() - start) / 1_000_000;

        int accountsClosed = jdbc.queryForObject("select count(*) from mentorflow.account where employee_id like ? and not active",
                Integer.class, run + "-leave-%");
        assertThat(applied.deactivated()).isEqualTo(leavers);
        assertThat(accountsClosed).isEqualTo(leavers / 5);
        System.out.printf("%nBENCH Directory import of %d rows deactivating %d people (%d with accounts) through PersonStatus: "
                + "%d ms (%.1f ms a person)%n%n", applied.rowsRead(), applied.deactivated(), accountsClosed, millis,
                (double) millis / applied.deactivated());
    }

    @Test
    void peopleSearchAmong160000() {
        int people = Integer.getInteger("bench.people", 160_000);
        String run = "P" + Long.toString(System.currentTimeMillis(), 36);
        seed(run, people, people / 2);
        jdbc.execute("analyze mentorflow.employee");
        jdbc.execute("analyze mentorflow.account");
        int everyone = search.count(""); // this run's and anyone's before it in the same database
        for (String query : new String[] {"", "person 4242", run.toLowerCase() + ".99999@", "nobody-at-all"}) {
            search.find(query, 0, 50); // warm-up
            long start = System.nanoTime();
            int rows = search.find(query, 1000, 50).size();
            long pageMicros = (System.nanoTime() - start) / 1000;
            start = System.nanoTime();
            int total = search.count(query);
            long countMicros = (System.nanoTime() - start) / 1000;
            System.out.printf("BENCH People search \"%s\" among %d people: a page of 50 (offset 1000) in %d ms (%d rows), "
                    + "the count (%d) in %d ms%n", query, everyone, pageMicros / 1000, rows, total, countMicros / 1000);
        }
    }

    /** Directory entries, and accounts (participants) for the first {@code withAccounts}, in SQL. */
    private void seed(String prefix, int people, int withAccounts) {
        jdbc.update("insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, country, level, "
                + "hire_date, languages, active) select ? || '-' || n, 'Person ' || n, ? || '.' || n || '@bench.example.com', "
                + "'REGULAR', 'Austin', 'US', 1 + n % 10, date '2015-01-01' + n % 3650, 'en', true "
                + "from generate_series(0, ? - 1) n", prefix, prefix.toLowerCase(), people);
        if (withAccounts == 0) {
            return;
        }
        long base = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mentorflow.account", Long.class);
        jdbc.update("insert into mentorflow.account (id, username, email, display_name, active, created_at, employee_id) "
                + "select ? + n, ? || '-' || n, ? || '.' || n || '@bench.example.com', 'Person ' || n, true, now(), ? || '-' || n "
                + "from generate_series(0, ? - 1) n", base, prefix.toLowerCase(), prefix.toLowerCase(), prefix, withAccounts);
        jdbc.queryForObject("select setval('mentorflow.account_seq', (select max(id) from mentorflow.account) + 100)", Long.class);
        jdbc.update("insert into mentorflow.account_role select ? + n, 'PARTICIPANT' from generate_series(0, ? - 1) n",
                base, withAccounts);
    }
}
