package com.mentorflow;

import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.NewAccount;
import com.mentorflow.platform.Roles;
import java.util.Set;
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

    public static Account create(AccountService accounts, String prefix, Roles... roles) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + counter.incrementAndGet();
        return accounts.create(new NewAccount(username, username + "@example.com", "Test " + prefix, PASSWORD, Set.of(roles)));
    }
}
