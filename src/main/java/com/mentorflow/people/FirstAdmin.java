package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin from configuration ({@code MENTORFLOW_ADMIN_USERNAME}, {@code _PASSWORD},
 * {@code _EMAIL}) when that account does not exist yet. There is no default password: without this
 * configuration a fresh production database simply has no admin, and the log says how to add one.
 */
@Component
@Order(20)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final AccountRepository repository;
    private final String username;
    private final String password;
    private final String email;

    FirstAdmin(AccountService accounts, AccountRepository repository,
               @Value("${mentorflow.admin.username:}") String username,
               @Value("${mentorflow.admin.password:}") String password,
               @Value("${mentorflow.admin.email:}") String email) {
        this.accounts = accounts;
        this.repository = repository;
        this.username = username;
        this.password = password;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(username)) {
            if (!repository.anyActiveAdmin()) {
                log.warn("No admin account exists. Set MENTORFLOW_ADMIN_USERNAME, MENTORFLOW_ADMIN_PASSWORD "
                        + "(at least {} characters) and MENTORFLOW_ADMIN_EMAIL and restart to create one.",
                        AccountService.MIN_PASSWORD_LENGTH);
            }
            return;
        }
        if (accounts.findByUsername(username.strip().toLowerCase()).isPresent()) {
            return;
        }
        if (!StringUtils.hasText(password)) {
            throw new IllegalStateException("MENTORFLOW_ADMIN_USERNAME is set but MENTORFLOW_ADMIN_PASSWORD is not: "
                    + "the first admin needs a password of at least " + AccountService.MIN_PASSWORD_LENGTH + " characters.");
        }
        String address = StringUtils.hasText(email) ? email : username + "@localhost.localdomain";
        accounts.create(new NewAccount(username, address, "Administrator", password, Set.of(Roles.ADMIN)));
        log.info("Created the first admin account '{}'", username);
    }
}
