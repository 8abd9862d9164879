package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailed links that set a password: issued by an admin's invitation or by "Forgot password?", used once from
 * the public set-password page. Using an invitation creates the account, tied to its directory entry.
 */
@Service
class PasswordLinks {

    /** Whose password a link sets, or why it cannot be used; what the set-password page shows. */
    record Opened(PasswordLink.Refusal refusal, PasswordLink.Purpose purpose, String displayName, String username,
                  String email) {
    }

    private final PasswordLinkRepository links;
    private final AccountRepository accounts;
    private final EmployeeRepository employees;
    private final AccountService accountService;
    private final PasswordRules rules;
    private final PasswordEncoder encoder;
    private final PasswordMails mails;
    private final AuditLog audit;
    private final PasswordLinkProperties properties;
    private final Clock clock;

    PasswordLinks(PasswordLinkRepository links, AccountRepository accounts, EmployeeRepository employees,
                  AccountService accountService, PasswordRules rules, PasswordEncoder encoder, PasswordMails mails,
                  AuditLog audit, PasswordLinkProperties properties, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.employees = employees;
        this.accountService = accountService;
        this.rules = rules;
        this.encoder = encoder;
        this.mails = mails;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Closes the person's earlier links, so only the newest one works. Returns the token (for tests; it is mailed). */
    @Transactional
    String invite(Employee person, String actor) {
        Instant now = clock.instant();
        links.findOpen(person.getEmployeeId(), null).forEach(old -> old.close(now));
        String token = PasswordLinkTokens.newToken();
        links.save(PasswordLink.invitation(PasswordLinkTokens.hash(token), person.getEmployeeId(), actor, now,
                now.plus(properties.validFor())));
        mails.invitation(person, token);
        return token;
    }

    /**
     * "Forgot password?": mails a link when the username or address names an active account and none was mailed
     * within the reset interval. Says nothing either way, so no one learns who has an account.
     */
    @Transactional
    void forgotten(String usernameOrEmail) {
        String given = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        Optional<Account> account = given.contains("@") ? accounts.findByEmailIgnoringCase(given)
                : accounts.findByUsername(given.toLowerCase(Locale.ROOT));
        Instant now = clock.instant();
        account.filter(Account::isActive)
                .filter(a -> !links.resetSentSince(a.getId(), now.minus(properties.resetInterval())))
                .ifPresent(a -> {
                    links.findOpen(null, a.getId()).forEach(old -> old.close(now));
                    String token = PasswordLinkTokens.newToken();
                    links.save(PasswordLink.reset(PasswordLinkTokens.hash(token), a.getId(), now, now.plus(properties.validFor())));
                    mails.reset(a, token);
                    audit.record(a.getUsername(), "password-reset-requested", "A link to set a new password was mailed");
                });
    }

    @Transactional(readOnly = true)
    Opened open(String token) {
        Optional<PasswordLink> found = token == null || token.isBlank() ? Optional.empty()
                : links.findByTokenHash(PasswordLinkTokens.hash(token.strip()));
        if (found.isEmpty()) {
            return refused(PasswordLink.Refusal.UNKNOWN, null);
        }
        PasswordLink link = found.get();
        PasswordLink.Refusal refusal = link.refusalAt(clock.instant());
        if (refusal != null) {
            return refused(refusal, link.getPurpose());
        }
        if (link.getPurpose() == PasswordLink.Purpose.RESET) {
            return accounts.findById(link.getAccountId()).filter(Account::isActive)
                    .map(a -> new Opened(null, link.getPurpose(), a.getDisplayName(), a.getUsername(), a.getEmail()))
                    .orElse(refused(PasswordLink.Refusal.GONE, link.getPurpose()));
        }
        Optional<Employee> person = employees.findById(link.getEmployeeId()).filter(Employee::isActive);
        if (person.isEmpty()) {
            return refused(PasswordLink.Refusal.GONE, link.getPurpose());
        }
        Optional<Account> existing = accountOf(person.get());
        String username = existing.map(Account::getUsername).orElseGet(() -> Usernames.proposeFor(person.get().getEmail(), accounts));
        return new Opened(null, link.getPurpose(), person.get().getFullName(), username, person.get().getEmail());
    }

    /**
     * Sets the password and closes the link; an invitation creates the participant's account first.
     *
     * @throws RejectedInputException with "password"/"confirmation" messages, or "token" when the link cannot be used
     */
    @Transactional
    Account use(String token, String password, String confirmation) {
        if (token != null && !token.isBlank()) {
            links.lockByTokenHash(PasswordLinkTokens.hash(token.strip()));
        }
        Opened opened = open(token);
        if (opened.refusal() != null) {
            throw new RejectedInputException("token", opened.refusal().sentence);
        }
        Map<String, String> problems = rules.problems(password, confirmation, opened.username(), opened.email());
        if (!problems.isEmpty()) {
            throw new RejectedInputException(problems);
        }
        Instant now = clock.instant();
        PasswordLink link = links.findByTokenHash(PasswordLinkTokens.hash(token.strip())).orElseThrow();
        link.close(now);
        Account account;
        if (link.getPurpose() == PasswordLink.Purpose.RESET) {
            account = accounts.findById(link.getAccountId()).orElseThrow();
            account.changePassword(encoder.encode(password));
        } else {
            Employee person = employees.findById(link.getEmployeeId()).orElseThrow();
            account = accountOf(person).orElse(null);
            if (account == null) {
                account = accountService.create(new NewAccount(opened.username(), person.getEmail(), person.getFullName(),
                        password, Set.of(Roles.PARTICIPANT)));
                if (!person.getEmployeeId().equals(account.getEmployeeId())) {
                    throw new IllegalStateException("An invited account must belong to its directory entry");
                }
            } else {
                account.changePassword(encoder.encode(password));
            }
        }
        audit.record(account.getUsername(), "password-set", "Password set from a mailed " + link.getPurpose().name().toLowerCase(Locale.ROOT) + " link");
        return account;
    }

    /** The account tied to a directory entry, by the link or (before an import linked it) by address. */
    Optional<Account> accountOf(Employee person) {
        Optional<Account> linked = accounts.findByEmployeeId(person.getEmployeeId());
        return linked.isPresent() ? linked : accounts.findByEmailIgnoringCase(person.getEmail());
    }

    private static Opened refused(PasswordLink.Refusal refusal, PasswordLink.Purpose purpose) {
        return new Opened(refusal, purpose, null, null, null);
    }
}
