package com.mentorflow.matching.cohort;

import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.Roles;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * People for cohort-run tests, each in a business line of the test's own, so that a cohort filtered by it holds only
 * the test's people in the shared database. The directory record is written before the profile, so the mentor pool
 * loads them complete (an import would mark everyone else inactive).
 */
@Component
class CohortPeople {

    private static final AtomicInteger lines = new AtomicInteger();

    private final AccountService accounts;
    private final OnboardingService onboarding;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;

    CohortPeople(AccountService accounts, OnboardingService onboarding, TaskService tasks, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.onboarding = onboarding;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    /** A business line no other test uses. */
    static String newLine() {
        return "Cohort line " + System.nanoTime() % 1_000_000 + "-" + lines.incrementAndGet();
    }

    Account manager() {
        return TestPeople.create(accounts, "cohort-pm", Roles.PROGRAM_MANAGER);
    }

    /** Where and who someone is in the directory. */
    record At(String line, String site, String country, int level, LocalDate hired) {

        static At in(String line) {
            return new At(line, "Austin", "US", 4, LocalDate.of(2026, 1, 5));
        }

        At site(String name) {
            return new At(line, name, country, level, hired);
        }

        At country(String code) {
            return new At(line, site, code, level, hired);
        }

        At level(int grade) {
            return new At(line, site, country, grade, hired);
        }

        At hired(LocalDate date) {
            return new At(line, site, country, level, date);
        }
    }

    /** A mentee growing in the given topic. */
    Account mentee(String name, Program program, At at, int topic) {
        return person(name, at, TestProfiles.mentee().in(program).growingIn(topic));
    }

    /** A mentor helping with the given topic, with room for {@code capacity} mentees. */
    Account mentor(String name, Program program, At at, int topic, int capacity) {
        return person(name, at, TestProfiles.mentor().in(program).helpingWith(topic).capacity(capacity).accepting(true));
    }

    /** The person's directory record now names another site (as an HR import would). */
    void moveTo(Account person, String site) {
        jdbc.update("update mentorflow.employee set site = ? where employee_id = ?", site, "C-" + person.getId());
    }

    private Account person(String name, At at, TestProfiles profile) {
        Account account = TestPeople.participant(accounts, "cohort");
        String id = "C-" + account.getId();
        TestPeople.withoutDirectoryEntry(jdbc, account.getId());
        jdbc.update("insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, country, "
                        + "business_line, level, hire_date, active) values (?, ?, ?, 'REGULAR', ?, ?, ?, ?, ?, true)",
                id, name, account.getEmail(), at.site(), at.country(), at.line(), at.level(), at.hired());
        jdbc.update("update mentorflow.account set employee_id = ? where id = ?", id, account.getId());
        String task = tasks.createTaskQuery().taskAssignee(account.getUsername()).singleResult().getId();
        onboarding.completeProfile(task, account.getUsername(), profile.named(name).answers());
        return accounts.findById(account.getId()).orElseThrow();
    }
}
