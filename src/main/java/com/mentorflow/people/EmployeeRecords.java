package com.mentorflow.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The HR import's SQL for mentorflow.employee, reads and writes: rows are upserted a thousand at a time, which the {@link Employee}
 * entity (one person at a time: sign-in, SCIM, deactivation) cannot do at 100,000 rows. No other class writes
 * employee with SQL.
 */
@Component
class EmployeeRecords {

    private static final String UPSERT = """
            insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, country, time_zone,
                business_line, organisation, job_family, level, hire_date, manager_id, languages, active)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)
            on conflict (employee_id) do update set full_name = excluded.full_name, email = excluded.email,
                employee_type = excluded.employee_type, site = excluded.site, country = excluded.country,
                time_zone = excluded.time_zone, business_line = excluded.business_line,
                organisation = excluded.organisation, job_family = excluded.job_family, level = excluded.level,
                hire_date = excluded.hire_date, manager_id = excluded.manager_id, languages = excluded.languages,
                active = true
            """;

    private static final String COLUMNS_SQL = "employee_id, full_name, email, employee_type, site, country, time_zone, "
            + "business_line, organisation, job_family, level, hire_date, manager_id, languages, active";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    EmployeeRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(5000); // streams the directory inside the caller's transaction
    }

    /** Every entry, as text in the order of {@link DirectoryImport#COLUMNS}, and whether it is active. */
    void forEach(BiConsumer<String[], Boolean> entry) {
        streaming.query("select " + COLUMNS_SQL + " from mentorflow.employee", row -> {
            entry.accept(values(row), row.getBoolean("active"));
        });
    }

    void one(String employeeId, BiConsumer<String[], Boolean> entry) {
        jdbc.query("select " + COLUMNS_SQL + " from mentorflow.employee where employee_id = ?", row -> {
            entry.accept(values(row), row.getBoolean("active"));
        }, employeeId);
    }

    /** Id, name and e-mail address of each, by id. */
    List<String[]> namesAndEmails(List<String> employeeIds) {
        return jdbc.query("select employee_id, full_name, email from mentorflow.employee where employee_id = any (?) "
                        + "order by employee_id",
                (row, n) -> new String[] {row.getString(1), row.getString(2), row.getString(3)},
                (Object) employeeIds.toArray(String[]::new));
    }

    private static String[] values(ResultSet row) throws SQLException {
        String[] values = new String[DirectoryImport.COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getString(i + 1);
        }
        return values;
    }

    /** Each row in the order of {@link DirectoryImport#COLUMNS}; a listed person is active again. */
    void upsert(List<Object[]> rows) {
        jdbc.batchUpdate(UPSERT, rows);
    }

    /** Entries made for an account (local-…) whose e-mail address a file row with another id now has. */
    List<String> madeForAccountsAndNowListed(String[] ids, String[] emails) {
        return jdbc.queryForList("select e.employee_id from mentorflow.employee e join unnest(?::text[], ?::text[]) f(id, email) "
                + "on lower(f.email) = lower(e.email) and f.id <> e.employee_id where e.employee_id like 'local-%'",
                String.class, ids, emails);
    }

    void delete(List<String> employeeIds) {
        jdbc.update("delete from mentorflow.employee where employee_id = any (?)", (Object) employeeIds.toArray(String[]::new));
    }
}
