package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.SsoRefusals;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a single sign-on into the person's account. Later sign-ins find it by the linked identity (issuer and
 * subject). The first one finds the directory entry (by e-mail or employee id, {@link SsoProperties#matchBy()}) and
 * links its account, creating it (with onboarding) when there is none; an account made without a directory entry
 * (the first admin) is found by e-mail. Someone the directory does not know is refused, unless self sign-up is on.
 * Deactivated people are refused. Roles from the roles claim are added, never taken away (README, Single sign-on).
 */
@Service
class SsoSignIn {

    private final SsoAccountRepository linked;
    private final AccountRepository accounts;
    private final EmployeeRepository employees;
    private final AccountService accountService;
    private final SsoClaims claims;
    private final AuditLog audit;
    private final SsoProperties properties;
    private final Clock clock;

    SsoSignIn(SsoAccountRepository linked, AccountRepository accounts, EmployeeRepository employees,
              AccountService accountService, SsoClaims claims, AuditLog audit, SsoProperties properties, Clock clock) {
        this.linked = linked;
        this.accounts = accounts;
        this.employees = employees;
        this.accountService = accountService;
        this.claims = claims;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws SsoRefusal for an unknown or deactivated person (nothing is changed then) */
    @Transactional
    Account signIn(SsoIdentity who) {
        Account account = linked.findBySsoIssuerAndSsoSubject(who.issuer(), who.subject()).orElseGet(() -> firstSignIn(who));
        boolean entryActive = Optional.ofNullable(account.getEmployeeId()).flatMap(employees::findById)
                .map(Employee::isActive).orElse(true);
        if (!account.isActive() || !entryActive) {
            throw refused(who, SsoRefusals.DEACTIVATED, "account " + account.getUsername() + " is deactivated");
        }
        claims.apply(account, who);
        account.signedIn(clock.instant());
        return account;
    }

    private Account firstSignIn(SsoIdentity who) {
        Optional<Employee> entry = switch (properties.matchBy()) {
            case EMAIL -> Optional.ofNullable(who.trustedEmail()).flatMap(employees::findByEmailIgnoringCase);
            case EMPLOYEE_ID -> Optional.ofNullable(who.employeeId()).flatMap(employees::findById);
        };
        Account account;
        if (entry.isPresent()) {
            if (!entry.get().isActive()) {
                throw refused(who, SsoRefusals.DEACTIVATED, "directory entry " + entry.get().getEmployeeId() + " is inactive");
            }
            account = accounts.findByEmployeeId(entry.get().getEmployeeId()).orElseGet(() -> create(entry.get(), who));
        } else {
            // Accounts made without a directory entry, such as the first admin: their own e-mail address.
            Optional<Account> withoutEntry = properties.matchBy() == SsoProperties.MatchBy.EMAIL
                    ? Optional.ofNullable(who.trustedEmail()).flatMap(accounts::findByEmailIgnoringCase)
                            .filter(candidate -> candidate.getEmployeeId() == null)
                    : Optional.empty();
            account = withoutEntry.orElseGet(() -> selfSignUp(who));
        }
        if (account.getSsoSubject() != null) {
            throw refused(who, SsoRefusals.UNKNOWN_PERSON, "account " + account.getUsername()
                    + " is linked to another single sign-on identity");
        }
        account.linkSso(who.issuer(), who.subject());
        audit.record(account.getUsername(), "sso.linked", "account " + account.getUsername() + " linked to "
                + who.subject() + " at " + who.issuer(), List.of(account.getId()));
        return account;
    }

    private Account selfSignUp(SsoIdentity who) {
        String email = who.trustedEmail();
        if (!properties.selfSignUp() || email == null) {
            throw refused(who, SsoRefusals.UNKNOWN_PERSON, "not in the directory");
        }
        if (employees.findByEmailIgnoringCase(email).isPresent() || accounts.existsByEmailIgnoringCase(email)) {
            throw refused(who, SsoRefusals.UNKNOWN_PERSON, "e-mail address belongs to another directory entry or account");
        }
        String employeeId = who.employeeId() != null && !who.employeeId().isBlank() && who.employeeId().length() <= 64
                && !employees.existsById(who.employeeId()) ? who.employeeId() : generatedEmployeeId(who);
        String name = who.name() == null || who.name().isBlank() ? email.split("@", 2)[0] : who.name().strip();
        // A directory entry made by a single sign-on with self sign-up on: the person is in no HR file yet.
        Employee entry = new Employee(employeeId, name, email);
        entry.provisionedDetails(SsoClaims.validZone(who.zoneInfo()), null);
        employees.save(entry);
        audit.record(email, "sso.self-sign-up", "directory entry " + employeeId + " for " + email + " from " + who.issuer());
        return create(entry, who);
    }

    private Account create(Employee entry, SsoIdentity who) {
        Set<Roles> roles = EnumSet.noneOf(Roles.class);
        roles.addAll(claims.rolesOf(who));
        if (properties.everyoneParticipates()) {
            roles.add(Roles.PARTICIPANT);
        }
        if (roles.isEmpty()) {
            throw refused(who, SsoRefusals.UNKNOWN_PERSON, "in none of the groups that grant a role");
        }
        String name = entry.getFullName().length() > ProfileAnswers.MAX_NAME_LENGTH
                ? entry.getFullName().substring(0, ProfileAnswers.MAX_NAME_LENGTH) : entry.getFullName();
        // No password: the person signs in through the provider only.
        return accountService.create(new NewAccount(Usernames.proposeFor(entry.getEmail(), accounts), entry.getEmail(), name,
                null, roles));
    }

    private SsoRefusal refused(SsoIdentity who, String code, String reason) {
        audit.recordRefusal(who.email() == null ? who.subject() : who.email(), "sso.refused", reason + " (" + who.subject()
                + " at " + who.issuer() + ")");
        return new SsoRefusal(code, reason);
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
