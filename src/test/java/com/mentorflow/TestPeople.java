package com.mentorflow;

import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.NewAccount;
import com.mentorflow.platform.Roles;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh accounts with unique names, so tests sharing one database never see each other's people. */
public final class TestPeople {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger counter = new AtomicInteger();

    private TestPeople() {
    }

    public static Account participant(AccountService accounts, String prefix) {
        return create(accounts, prefix, Roles.PARTICIPANT);
    }

    /**
     * Frees the account's e-mail address for a directory entry a test writes itself: every account is created with an
     * entry (issue 14 §3), which this removes. The test then inserts its own and links it.
     */
    public static void withoutDirectoryEntry(JdbcTemplate jdbc, long accountId) {
        String entry = jdbc.queryForObject("select employee_id from mentorflow.account where id = ?", String.class, accountId);
        jdbc.update("update mentorflow.account set employee_id = null where id = ?", accountId);
        jdbc.update("delete from mentorflow.employee where employee_id = ?", entry);
    }

    public static Account create(AccountService accounts, String prefix, Roles... roles) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + counter.incrementAndGet();
        return accounts.create(new NewAccount(username, username + "@example.com", "Test " + prefix, PASSWORD, Set.of(roles)));
    }
}
