package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone for the admin's People view and {@code GET /api/people}: directory entries with or without an account,
 * and accounts, found by name, e-mail, username or employee id, a page at a time from the database (there can be
 * 160,000 people; none is loaded that is not shown). People's read side: its SQL only reads, joining employee,
 * account, account_role and password_link.
 */
@Service
@RolesAllowed(Roles.ADMIN_ROLE)
public class PeopleSearch {

    public enum Status {
        ACTIVE("Active"), DEACTIVATED("Deactivated"), INVITATION_PENDING("Invitation pending"), NO_ACCOUNT("No account");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum SignIn {
        PASSWORD("Password"), SSO("Single sign-on"), SCIM("Provisioned by SCIM"), INVITATION_PENDING("Invitation pending"),
        NONE("None");

        private final String label;

        SignIn(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One person: {@code accountId} and {@code username} are null without an account, {@code employeeId} without an entry. */
    public record Person(String employeeId, Long accountId, String username, String name, String email, Set<Roles> roles,
                         Instant lastSignInAt, Status status, Set<SignIn> signIn) {
    }

    public static final int MAX_PAGE = 200;
    public static final int MAX_QUERY = 200;

    private static final String FROM = """
            from mentorflow.employee e full join mentorflow.account a on a.employee_id = e.employee_id
            where (e.employee_id is not null or a.email not like '%@erased.invalid')
              and (? = '' or lower(coalesce(e.full_name, a.display_name)) like ? or lower(coalesce(e.email, a.email)) like ?
                   or lower(coalesce(e.employee_id, '')) like ? or coalesce(a.username, '') like ?)
            """;
    private static final String COLUMNS = """
            select e.employee_id, e.active as entry_active, a.id as account_id, a.username, a.active as account_active,
                   coalesce(e.full_name, a.display_name) as name, coalesce(e.email, a.email) as email, a.last_sign_in_at,
                   a.password_hash is not null as has_password, a.sso_subject is not null as has_sso,
                   coalesce(a.provisioned_by_scim, false) as by_scim,
                   (select string_agg(r.role, ',') from mentorflow.account_role r where r.account_id = a.id) as roles,
                   exists (select 1 from mentorflow.password_link l where l.employee_id = e.employee_id
                           and l.purpose = 'INVITATION' and l.closed_at is null and l.expires_at > ?) as invited
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PeopleSearch(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param query part of a name, e-mail address, username or employee id; blank finds everyone */
    @Transactional(readOnly = true)
    public List<Person> find(String query, int offset, int limit) {
        Object[] args = args(query, Timestamp.from(clock.instant()), Math.max(0, offset), Math.max(0, Math.min(MAX_PAGE, limit)));
        return jdbc.query(COLUMNS + FROM + " order by lower(coalesce(e.full_name, a.display_name)), e.employee_id, a.id "
                + "offset ? limit ?", PeopleSearch::person, args);
    }

    @Transactional(readOnly = true)
    public int count(String query) {
        Object[] args = Arrays.copyOfRange(args(query, null, 0, 0), 1, 6);
        return jdbc.queryForObject("select count(*) " + FROM, Integer.class, args);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Person> byAccount(long accountId) {
        return jdbc.query(COLUMNS + FROM + " and a.id = ?", PeopleSearch::person, Timestamp.from(clock.instant()), "", "%", "%",
                "%", "%", accountId).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Person> byEmployee(String employeeId) {
        return jdbc.query(COLUMNS + FROM + " and e.employee_id = ?", PeopleSearch::person, Timestamp.from(clock.instant()), "",
                "%", "%", "%", "%", employeeId).stream().findFirst();
    }

    /** The person as they are now, e.g. after an action. */
    @Transactional(readOnly = true)
    public java.util.Optional<Person> again(Person person) {
        return person.employeeId() != null ? byEmployee(person.employeeId()) : byAccount(person.accountId());
    }

    private static Object[] args(String query, Timestamp now, int offset, int limit) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() > MAX_QUERY) {
            wanted = wanted.substring(0, MAX_QUERY);
        }
        // The user's % and _ are letters to look for, not wildcards.
        String like = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new Object[] {now, wanted, like, like, like, like, offset, limit};
    }

    private static Person person(ResultSet row, int n) throws SQLException {
        Long accountId = (Long) row.getObject("account_id");
        boolean invited = row.getBoolean("invited");
        Set<Roles> roles = EnumSet.noneOf(Roles.class);
        String roleNames = row.getString("roles");
        if (roleNames != null) {
            Arrays.stream(roleNames.split(",")).map(Roles::valueOf).forEach(roles::add);
        }
        Boolean entryActive = (Boolean) row.getObject("entry_active");
        Boolean accountActive = (Boolean) row.getObject("account_active");
        Status status = Boolean.FALSE.equals(entryActive) || Boolean.FALSE.equals(accountActive) ? Status.DEACTIVATED
                : accountId != null ? Status.ACTIVE : invited ? Status.INVITATION_PENDING : Status.NO_ACCOUNT;
        Set<SignIn> signIn = EnumSet.noneOf(SignIn.class);
        if (accountId != null) {
            if (row.getBoolean("has_password")) {
                signIn.add(SignIn.PASSWORD);
            }
            if (row.getBoolean("has_sso")) {
                signIn.add(SignIn.SSO);
            }
            if (row.getBoolean("by_scim")) {
                signIn.add(SignIn.SCIM);
            }
        } else if (invited) {
            signIn.add(SignIn.INVITATION_PENDING);
        }
        if (signIn.isEmpty()) {
            signIn.add(SignIn.NONE);
        }
        Timestamp lastSignIn = row.getTimestamp("last_sign_in_at");
        return new Person(row.getString("employee_id"), accountId, row.getString("username"), row.getString("name"),
                row.getString("email"), roles, lastSignIn == null ? null : lastSignIn.toInstant(), status, signIn);
    }
}
