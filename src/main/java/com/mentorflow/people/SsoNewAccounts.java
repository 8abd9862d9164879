package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.SsoRefusals;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The account a first single sign-on opens: for a directory entry without one, or, with self sign-up on, for someone
 * the directory does not know yet (a directory entry is made first). Its roles are the roles claim's, plus participant
 * when everyone participates; someone given no role is refused.
 */
@Component
class SsoNewAccounts {

    private final AccountService accountService;
    private final AccountRepository accounts;
    private final EmployeeRepository employees;
    private final SsoClaims claims;
    private final AuditLog audit;
    private final SsoProperties properties;

    SsoNewAccounts(AccountService accountService, AccountRepository accounts, EmployeeRepository employees,
                   SsoClaims claims, AuditLog audit, SsoProperties properties) {
        this.accountService = accountService;
        this.accounts = accounts;
        this.employees = employees;
        this.claims = claims;
        this.audit = audit;
        this.properties = properties;
    }

    /** @throws SsoRefusal when self sign-up is off, or the address is someone else's */
    Account selfSignUp(SsoIdentity who) {
        String email = who.trustedEmail();
        if (!properties.selfSignUp() || email == null) {
            throw SsoRefusal.recorded(audit, who, SsoRefusals.UNKNOWN_PERSON, "not in the directory");
        }
        if (employees.findByEmailIgnoringCase(email).isPresent() || accounts.existsByEmailIgnoringCase(email)) {
            throw SsoRefusal.recorded(audit, who, SsoRefusals.UNKNOWN_PERSON,
                    "e-mail address belongs to another directory entry or account");
        }
        String employeeId = who.employeeId() != null && !who.employeeId().isBlank() && who.employeeId().length() <= 64
                && !employees.existsById(who.employeeId()) ? who.employeeId() : generatedEmployeeId(who);
        String name = who.name() == null || who.name().isBlank() ? email.split("@", 2)[0] : who.name().strip();
        // A directory entry made by a single sign-on with self sign-up on: the person is in no HR file yet.
        Employee entry = new Employee(employeeId, name, email);
        entry.provisionedDetails(SsoClaims.validZone(who.zoneInfo()), null);
        employees.save(entry);
        audit.record(email, "sso.self-sign-up", "directory entry " + employeeId + " for " + email + " from " + who.issuer());
        return open(entry, who);
    }

    /** @throws SsoRefusal when the claims give the person no role */
    Account open(Employee entry, SsoIdentity who) {
        Set<Roles> roles = EnumSet.noneOf(Roles.class);
        roles.addAll(claims.rolesOf(who));
        if (properties.everyoneParticipates()) {
            roles.add(Roles.PARTICIPANT);
        }
        if (roles.isEmpty()) {
            throw SsoRefusal.recorded(audit, who, SsoRefusals.UNKNOWN_PERSON, "in none of the groups that grant a role");
        }
        String name = entry.getFullName().length() > ProfileAnswers.MAX_NAME_LENGTH
                ? entry.getFullName().substring(0, ProfileAnswers.MAX_NAME_LENGTH) : entry.getFullName();
        // No password: the person signs in through the provider only.
        return accountService.create(new NewAccount(Usernames.proposeFor(entry.getEmail(), accounts), entry.getEmail(), name,
                null, roles));
    }

    /** Stable for the identity, so a refused and retried self sign-up gets the same id. */
    private static String generatedEmployeeId(SsoIdentity who) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((who.issuer() + "|" + who.subject())
                    .getBytes(StandardCharsets.UTF_8));
            return "sso-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
