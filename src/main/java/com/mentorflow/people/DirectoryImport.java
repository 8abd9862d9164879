package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.Reader;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the HR directory export (CSV with a header row). Upserts by employee id, skips bad rows with a
 * reason each, marks people missing from the file inactive, and changes nothing when the same file comes
 * again. One transaction: a failure half-way leaves the directory as it was.
 */
@Service
public class DirectoryImport {

    public static final List<String> COLUMNS = List.of("employee_id", "name", "email", "employee_type", "site",
            "country", "time_zone", "business_line", "organisation", "job_family", "level", "hire_date", "manager_id",
            "languages");
    private static final int BATCH = 1000;

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
            where (employee.full_name, employee.email, employee.employee_type, employee.site, employee.country,
                   employee.time_zone, employee.business_line, employee.organisation, employee.job_family,
                   employee.level, employee.hire_date, employee.manager_id, employee.languages, employee.active)
              is distinct from
                  (excluded.full_name, excluded.email, excluded.employee_type, excluded.site, excluded.country,
                   excluded.time_zone, excluded.business_line, excluded.organisation, excluded.job_family,
                   excluded.level, excluded.hire_date, excluded.manager_id, excluded.languages, true)
            """;

    /** One row the import refused, with the file's line number (the header is line 1). */
    public record RowProblem(long line, String employeeId, String message) {
    }

    public record Report(int rowsRead, int added, int updated, int unchanged, int deactivated, List<RowProblem> problems) {
        public int imported() {
            return added + updated + unchanged;
        }
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    DirectoryImport(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * @param progress told the number of rows handled so far, now and then
     * @throws com.mentorflow.platform.RejectedInputException when the file as a whole is unusable (no header, a
     *                                                        missing column); then nothing is imported
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN_ROLE)
    public Report run(Reader csv, IntConsumer progress) throws IOException {
        return importCsv(csv, progress);
    }

    /** Without the admin check: for the demo seeding, which runs before anyone signs in. */
    @Transactional
    Report importCsv(Reader csv, IntConsumer progress) throws IOException {
        Map<String, String> idByEmail = new HashMap<>();
        jdbc.query("select employee_id, lower(email) as email from mentorflow.employee",
                row -> {
                    idByEmail.put(row.getString("email"), row.getString("employee_id"));
                });
        Set<String> known = new HashSet<>(idByEmail.values());
        Set<String> seenIds = new HashSet<>();
        Map<String, String> emailsInFile = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        List<Object[]> batch = new ArrayList<>(BATCH);
        int rows = 0;
        int added = 0;
        int changed = 0;

        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            DirectoryRow.requireColumns(parser.getHeaderNames(), COLUMNS);
            for (CSVRecord record : parser) {
                rows++;
                long line = record.getRecordNumber() + 1; // the header is line 1
                DirectoryRow.Parsed parsed = DirectoryRow.parse(record);
                String id = parsed.employeeId();
                if (id != null && !seenIds.add(id)) {
                    problems.add(new RowProblem(line, id, "Employee id " + id + " appears more than once in the file."));
                    continue;
                }
                if (parsed.problem() != null) {
                    problems.add(new RowProblem(line, id, parsed.problem()));
                    continue;
                }
                String email = parsed.values()[2].toString().toLowerCase(Locale.ROOT);
                String firstWithEmail = emailsInFile.putIfAbsent(email, id);
                String owner = idByEmail.get(email);
                if (firstWithEmail != null || (owner != null && !owner.equals(id))) {
                    problems.add(new RowProblem(line, id, "The e-mail address " + email + " already belongs to employee "
                            + (firstWithEmail != null ? firstWithEmail : owner) + "."));
                    continue;
                }
                if (!known.contains(id)) {
                    added++;
                }
                batch.add(parsed.values());
                if (batch.size() == BATCH) {
                    changed += flush(batch);
                    progress.accept(rows);
                }
            }
        }
        changed += flush(batch);
        progress.accept(rows);

        int deactivated = jdbc.update("update mentorflow.employee set active = false where active and not (employee_id = any (?))",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", seenIds.toArray())));
        jdbc.update("""
                update mentorflow.account a set employee_id = e.employee_id
                from mentorflow.employee e
                where a.employee_id is null and lower(a.email) = lower(e.email)
                  and not exists (select 1 from mentorflow.account o where o.employee_id = e.employee_id)""");
        int imported = rows - problems.size();
        int updated = changed - added;
        events.publishEvent(new DirectoryImported(changed + deactivated));
        return new Report(rows, added, updated, imported - added - updated, deactivated, List.copyOf(problems));
    }

    private int flush(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (int count : jdbc.batchUpdate(UPSERT, batch)) {
            changed += Math.max(count, 0);
        }
        batch.clear();
        return changed;
    }

    static Object sqlDate(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
