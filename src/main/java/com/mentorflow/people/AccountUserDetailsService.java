package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import java.util.Locale;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in against their accounts (bcrypt). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    /** Never matches a bcrypt check, so an account without a password cannot sign in with one. */
    private static final String NO_PASSWORD = "$2a$10$" + "0".repeat(53);

    private final AccountRepository accounts;
    private final EmployeeRepository employees;

    AccountUserDetailsService(AccountRepository accounts, EmployeeRepository employees) {
        this.accounts = accounts;
        this.employees = employees;
    }

    /** Older imports switched off only the directory entry; such a person has left too (issue 14 §6). */
    private boolean directoryEntryActive(Account account) {
        return account.getEmployeeId() == null || employees.findById(account.getEmployeeId()).map(Employee::isActive).orElse(true);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash() == null ? NO_PASSWORD : account.getPasswordHash())
                .disabled(!account.isActive() || !directoryEntryActive(account))
                .authorities(account.getRoles().stream().map(Roles::authority).toArray(String[]::new))
                .build();
    }
}
