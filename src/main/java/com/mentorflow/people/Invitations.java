package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Admins invite directory people who have no account yet: one at a time, again, or all at once. Its SQL only reads
 * (employee joined with password_link and account); an invitation is written through {@link PasswordLinkIssuer}.
 */
@Service
@RolesAllowed(Roles.ADMIN_ROLE)
public class Invitations {

    /** A directory entry without an account, with its newest invitation if any. */
    public record Invitee(String employeeId, String fullName, String email, String site, Instant invitedAt,
                          Instant expiresAt, boolean open) {
    }

    public record BulkReport(int invited, int total) {
    }

    /** Each batch is its own transaction: a failure half-way keeps the invitations (and their mails) sent so far. */
    private static final int BATCH = 50;
    private static final String WITHOUT_ACCOUNT = """
            select e.employee_id, e.full_name, e.email, e.site, l.created_at, l.expires_at,
                   l.closed_at is null and l.expires_at > ? as open
            from mentorflow.employee e
            left join lateral (select * from mentorflow.password_link p where p.employee_id = e.employee_id
                               and p.purpose = 'INVITATION' order by p.created_at desc limit 1) l on true
            where e.active
              and not exists (select 1 from mentorflow.account a
                              where a.employee_id = e.employee_id or lower(a.email) = lower(e.email))
            """;

    private final JdbcTemplate jdbc;
    private final EmployeeRepository employees;
    private final PasswordLinkIssuer links;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Invitations(JdbcTemplate jdbc, EmployeeRepository employees, PasswordLinkIssuer links, AuditLog audit,
                PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.links = links;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Invitee> withoutAccount() {
        return jdbc.query(WITHOUT_ACCOUNT + " order by e.full_name, e.employee_id", (row, n) -> new Invitee(
                row.getString("employee_id"), row.getString("full_name"), row.getString("email"), row.getString("site"),
                instant(row.getTimestamp("created_at")), instant(row.getTimestamp("expires_at")),
                row.getBoolean("open")), Timestamp.from(clock.instant()));
    }

    /** Invites one person, or sends them a fresh link (the earlier one stops working). */
    @Transactional
    public void invite(String employeeId) {
        Employee person = employees.findById(employeeId == null ? "" : employeeId)
                .orElseThrow(() -> new RejectedInputException("employeeId", Sentence.of("people.refusal.noOneWithThatId")));
        new RejectedInputException.Collector()
                .check(person.isActive(), "employeeId", Sentence.of("people.refusal.noLongerInDirectory", person.getFullName()))
                .check(links.accountOf(person).isEmpty(), "employeeId",
                        Sentence.of("people.refusal.hasAccountAlready", person.getFullName()))
                .throwIfAny();
        String actor = CurrentUser.username();
        boolean again = jdbc.queryForObject("select exists (select 1 from mentorflow.password_link where employee_id = ?)",
                Boolean.class, employeeId);
        links.invite(person, actor);
        audit.record(actor, again ? "invitation-resent" : "invitation-sent", "Invited " + person.getFullName()
                + " (" + person.getEmployeeId() + ") to set a password");
    }

    /**
     * Invites everyone in the directory without an account and without a link that still works (a second run
     * therefore mails no one twice). Not one transaction: run from a background job, and each batch commits.
     *
     * @param progress told (how many were handled so far, how many to invite) before the first and after each batch
     */
    public BulkReport inviteEveryoneWithoutAccount(BiConsumer<Integer, Integer> progress) {
        String actor = CurrentUser.username();
        List<String> ids = jdbc.queryForList("select employee_id from (" + WITHOUT_ACCOUNT + ") w where not coalesce(w.open, false) "
                + "order by employee_id", String.class, Timestamp.from(clock.instant()));
        int total = ids.size();
        progress.accept(0, total);
        int invited = 0;
        for (int from = 0; from < total; from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(total, from + BATCH));
            Integer done = transactions.execute(status -> {
                int count = 0;
                for (Employee person : employees.findAllById(batch)) {
                    if (person.isActive() && links.accountOf(person).isEmpty()) {
                        links.invite(person, actor);
                        audit.record(actor, "invitation-sent", "Invited " + person.getFullName() + " ("
                                + person.getEmployeeId() + ") to set a password, with everyone without an account");
                        count++;
                    }
                }
                return count;
            });
            invited += done == null ? 0 : done;
            progress.accept(Math.min(total, from + BATCH), total);
        }
        BulkReport report = new BulkReport(invited, total);
        transactions.executeWithoutResult(status -> audit.record(actor, "invitation-everyone",
                "Invited everyone in the directory without an account: " + report.invited() + " of " + report.total()));
        return report;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
