package com.mentorflow.people;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The HR import's SQL for mentorflow.employee: rows are upserted a thousand at a time, which the {@link Employee}
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

    private final JdbcTemplate jdbc;

    EmployeeRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
