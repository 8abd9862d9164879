package com.mentorflow.people;

import com.mentorflow.platform.EmbeddedDatabaseCondition;
import com.mentorflow.platform.Roles;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo people for the default setup only (embedded database, nothing configured). Never runs against a
 * configured database, so production never has these known passwords. The README lists the logins.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
@Order(10)
class DemoPeople implements ApplicationRunner {

    static final String PASSWORD = "mentorflow-demo";
    static final List<NewAccount> PEOPLE = List.of(
            new NewAccount("maya", "maya.okafor@example.com", "Maya Okafor", PASSWORD, Set.of(Roles.PARTICIPANT)),
            new NewAccount("marcus", "marcus.reyes@example.com", "Marcus Reyes", PASSWORD, Set.of(Roles.PARTICIPANT)),
            new NewAccount("nina", "nina.larsen@example.com", "Nina Larsen", PASSWORD, Set.of(Roles.PARTICIPANT)),
            new NewAccount("priya", "priya.shah@example.com", "Priya Shah", PASSWORD, Set.of(Roles.PROGRAM_MANAGER)),
            new NewAccount("admin", "admin@example.com", "Ada Admin", PASSWORD, Set.of(Roles.ADMIN)));

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private final AccountService accounts;

    DemoPeople(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (NewAccount person : PEOPLE) {
            if (accounts.findByUsername(person.username()).isEmpty()) {
                accounts.create(person);
                created++;
            }
        }
        if (created > 0) {
            log.info("Seeded {} demo people (password '{}'): maya (mentee), marcus and nina (mentors), "
                    + "priya (program manager), admin", created, PASSWORD);
        }
    }
}
