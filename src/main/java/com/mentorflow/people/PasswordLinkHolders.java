package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Whom a password link is for: the account of a reset, or the directory entry of an invitation, whose account is
 * created when its link is used. Issuing, opening and using a link all ask "whose account is this"; the answer
 * lives here once.
 */
@Component
class PasswordLinkHolders {

    private final AccountRepository accounts;
    private final EmployeeRepository employees;
    private final AccountService accountService;
    private final PasswordEncoder encoder;

    PasswordLinkHolders(AccountRepository accounts, EmployeeRepository employees, AccountService accountService,
                        PasswordEncoder encoder) {
        this.accounts = accounts;
        this.employees = employees;
        this.accountService = accountService;
        this.encoder = encoder;
    }

    /** "Forgot password?" names an account by its username or by its e-mail address. */
    Optional<Account> named(String usernameOrEmail) {
        String given = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        return given.contains("@") ? accounts.findByEmailIgnoringCase(given)
                : accounts.findByUsername(given.toLowerCase(Locale.ROOT));
    }

    /** The account tied to a directory entry, by the link or (before an import linked it) by address. */
    Optional<Account> accountOf(Employee person) {
        Optional<Account> linked = accounts.findByEmployeeId(person.getEmployeeId());
        return linked.isPresent() ? linked : accounts.findByEmailIgnoringCase(person.getEmail());
    }

    /** A reset link's account, while it is active. */
    Optional<Account> activeAccount(PasswordLink link) {
        return accounts.findById(link.getAccountId()).filter(Account::isActive);
    }

    /** An invitation's directory entry, while it is active. */
    Optional<Employee> activePerson(PasswordLink link) {
        return employees.findById(link.getEmployeeId()).filter(Employee::isActive);
    }

    /** The username an invited person signs in with: their account's, or one proposed from their address. */
    String usernameFor(Employee person) {
        return accountOf(person).map(Account::getUsername).orElseGet(() -> Usernames.proposeFor(person.getEmail(), accounts));
    }

    /**
     * Gives the link's account the password; an invitation whose person has no account yet creates the participant's
     * account, tied to their directory entry.
     *
     * @param username the name the set-password page showed, used for a new account
     */
    Account setPassword(PasswordLink link, String username, String password) {
        if (link.getPurpose() == PasswordLink.Purpose.RESET) {
            Account account = accounts.findById(link.getAccountId()).orElseThrow();
            account.changePassword(encoder.encode(password));
            return account;
        }
        Employee person = employees.findById(link.getEmployeeId()).orElseThrow();
        Account account = accountOf(person).orElse(null);
        if (account == null) {
            account = accountService.create(new NewAccount(username, person.getEmail(), person.getFullName(),
                    password, Set.of(Roles.PARTICIPANT)));
            if (!person.getEmployeeId().equals(account.getEmployeeId())) {
                throw new IllegalStateException("An invited account must belong to its directory entry");
            }
        } else {
            account.changePassword(encoder.encode(password));
        }
        return account;
    }
}
