package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.SsoRefusals;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whose account a first single sign-on is: the directory entry's (by e-mail or employee id,
 * {@link SsoProperties#matchBy()}), opened when there is none ({@link SsoNewAccounts}); an account made without a
 * directory entry (the first admin) is found by e-mail. Someone the directory does not know is refused, unless self
 * sign-up is on. The account is then linked to the identity, so later sign-ins find it directly.
 */
@Component
class SsoFirstSignIn {

    private final EmployeeRepository employees;
    private final AccountRepository accounts;
    private final SsoNewAccounts newAccounts;
    private final AuditLog audit;
    private final SsoProperties properties;

    SsoFirstSignIn(EmployeeRepository employees, AccountRepository accounts, SsoNewAccounts newAccounts, AuditLog audit,
                   SsoProperties properties) {
        this.employees = employees;
        this.accounts = accounts;
        this.newAccounts = newAccounts;
        this.audit = audit;
        this.properties = properties;
    }

    /** @throws SsoRefusal for someone unknown, inactive in the directory, or whose account has another identity */
    Account link(SsoIdentity who) {
        Optional<Employee> entry = switch (properties.matchBy()) {
            case EMAIL -> Optional.ofNullable(who.trustedEmail()).flatMap(employees::findByEmailIgnoringCase);
            case EMPLOYEE_ID -> Optional.ofNullable(who.employeeId()).flatMap(employees::findById);
        };
        Account account;
        if (entry.isPresent()) {
            if (!entry.get().isActive()) {
                throw SsoRefusal.recorded(audit, who, SsoRefusals.DEACTIVATED, "directory entry "
                        + entry.get().getEmployeeId() + " is inactive");
            }
            account = accounts.findByEmployeeId(entry.get().getEmployeeId()).orElseGet(() -> newAccounts.open(entry.get(), who));
        } else {
            // Accounts made without a directory entry, such as the first admin: their own e-mail address.
            Optional<Account> withoutEntry = properties.matchBy() == SsoProperties.MatchBy.EMAIL
                    ? Optional.ofNullable(who.trustedEmail()).flatMap(accounts::findByEmailIgnoringCase)
                            .filter(candidate -> candidate.getEmployeeId() == null)
                    : Optional.empty();
            account = withoutEntry.orElseGet(() -> newAccounts.selfSignUp(who));
        }
        if (account.getSsoSubject() != null) {
            throw SsoRefusal.recorded(audit, who, SsoRefusals.UNKNOWN_PERSON, "account " + account.getUsername()
                    + " is linked to another single sign-on identity");
        }
        account.linkSso(who.issuer(), who.subject());
        audit.record(account.getUsername(), "sso.linked", "account " + account.getUsername() + " linked to "
                + who.subject() + " at " + who.issuer(), List.of(account.getId()));
        return account;
    }
}
