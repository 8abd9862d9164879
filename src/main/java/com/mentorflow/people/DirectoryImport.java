package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.Reader;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the HR directory export (CSV with a header row): first a preview, then the import of exactly that plan.
 * Upserts by employee id and skips bad rows with a reason each. People missing from the file are deactivated
 * only when asked, never from a file naming fewer than half of the active people, and more than 10% of them only
 * with a typed confirmation: a wrong or truncated file must not empty the directory. One transaction: a refusal
 * or failure half-way leaves the directory as it was.
 */
@Service
public class DirectoryImport {

    public static final List<String> COLUMNS = List.of("employee_id", "name", "email", "employee_type", "site",
            "country", "time_zone", "business_line", "organisation", "job_family", "level", "hire_date", "manager_id",
            "languages");
    private static final int BATCH = 1000;
    /** Two imports at once would each plan against a directory the other is changing. */
    private static final long IMPORT_LOCK = 0x4d46_4449_52L;

    /**
     * @param deactivateMissing    deactivate the active people the file does not name
     * @param confirmDeactivations the number of people to deactivate, typed, when that is more than 10%
     * @param expectedPlan         the previewed plan's fingerprint; the import refuses a different plan
     */
    public record Request(boolean deactivateMissing, String confirmDeactivations, String expectedPlan) {
        public static Request withoutDeactivating() {
            return new Request(false, null, null);
        }
    }

    private final JdbcTemplate jdbc;
    private final DirectoryPlanner planner;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PersonStatus status;
    private final EmployeeRecords employees;
    private final AccountRepository accounts;

    DirectoryImport(JdbcTemplate jdbc, DirectoryPlanner planner, AuditLog audit, ApplicationEventPublisher events,
                    PersonStatus status, EmployeeRecords employees, AccountRepository accounts) {
        this.employees = employees;
        this.accounts = accounts;
        this.status = status;
        this.jdbc = jdbc;
        this.planner = planner;
        this.audit = audit;
        this.events = events;
    }

    /**
     * What importing this file would do; changes nothing.
     *
     * @param progress told the number of rows read so far, now and then
     * @throws RejectedInputException when the file as a whole is unusable (no header, a missing column)
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN_ROLE)
    public DirectoryPreview preview(Reader csv, boolean deactivateMissing, IntConsumer progress) throws IOException {
        return planner.plan(csv, deactivateMissing, values -> { }, progress).preview();
    }

    /**
     * Imports the file: the same plan as {@link #preview}, applied, or nothing at all.
     *
     * @throws RejectedInputException when the file is unusable or the deactivation rules refuse it
     * @throws ConflictException      when the plan is not the one {@code expectedPlan} names
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN_ROLE)
    public DirectoryPreview apply(Reader csv, Request request, IntConsumer progress) throws IOException {
        return applyAs(CurrentUser.username(), csv, request, progress);
    }

    /** Without the admin check: for the demo seeding, which runs before anyone signs in. */
    @Transactional
    DirectoryPreview applyAs(String actor, Reader csv, Request request, IntConsumer progress) throws IOException {
        jdbc.execute("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
        List<Object[]> batch = new ArrayList<>(BATCH);
        DirectoryPlanner.Plan plan = planner.plan(csv, request.deactivateMissing(), values -> {
            batch.add(values);
            if (batch.size() == BATCH) {
                flush(batch);
            }
        }, progress);
        flush(batch);
        DirectoryPreview preview = plan.preview();
        if (request.expectedPlan() != null && !request.expectedPlan().equals(preview.plan())) {
            throw new ConflictException(Sentence.of("people.refusal.directoryChanged"));
        }
        if (preview.deactivationRefusal() != null) {
            audit.recordRefusal(actor, "directory-import-refused", preview.deactivationRefused());
            throw new RejectedInputException("deactivateMissing", preview.deactivationRefusal());
        }
        String typed = request.confirmDeactivations() == null ? "" : request.confirmDeactivations().strip();
        if (preview.confirmationNeeded() != null && !preview.confirmationNeeded().equals(typed)) {
            throw new RejectedInputException("confirmDeactivations", Sentence.of("people.refusal.confirmDeactivations",
                    preview.deactivated(), preview.activeBefore(), preview.confirmationNeeded()));
        }
        // One by one through PersonStatus, so each leaver's account ends too and every module withdraws, hands over
        // and lists what they had open, as for a deactivation on the People view.
        for (String employeeId : plan.deactivate()) {
            status.deactivateEmployee(employeeId, actor);
        }
        accounts.linkToDirectoryByEmail();
        audit.record(actor, "directory-imported", String.format("%d rows: %d new, %d changed, %d unchanged, %d refused; "
                        + "%d of %d active people deactivated (deactivating the missing %s); plan %s", preview.rowsRead(),
                preview.added(), preview.changed(), preview.unchanged(), preview.refused(), preview.deactivated(),
                preview.activeBefore(), request.deactivateMissing() ? "asked" : "not asked", preview.plan()));
        events.publishEvent(new DirectoryImported(preview.added() + preview.changed() + preview.deactivated()));
        return preview.asApplied();
    }

    private void flush(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            adoptEntriesMadeForAccounts(batch);
            employees.upsert(batch);
            batch.clear();
        }
    }

    /**
     * A row with the e-mail address of an entry made for an account (local-…) replaces that entry: the account is
     * linked to HR's entry by e-mail after the upserts, as for any account without one.
     */
    private void adoptEntriesMadeForAccounts(List<Object[]> batch) {
        String[] ids = batch.stream().map(row -> row[0].toString()).toArray(String[]::new);
        String[] emails = batch.stream().map(row -> row[2].toString()).toArray(String[]::new);
        List<String> taken = employees.madeForAccountsAndNowListed(ids, emails);
        if (!taken.isEmpty()) {
            accounts.unlinkEmployees(taken);
            employees.delete(taken);
        }
    }

    static Object sqlDate(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
