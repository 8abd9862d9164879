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

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash() == null ? NO_PASSWORD : account.getPasswordHash())
                .disabled(!account.isActive())
                .authorities(account.getRoles().stream().map(Roles::authority).toArray(String[]::new))
                .build();
    }
}
