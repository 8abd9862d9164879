package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.platform.Roles;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 14 §6: the directory import deactivates through PersonStatus, person by person, so a leaver's account ends
 * too and every module hears of it; an entry made for an account is never missing, and HR's row takes it over.
 */
@MentorflowTest
@WithMockUser(username = "leavers-admin", roles = "ADMIN")
class DirectoryImportLeaversTest {

    @Autowired DirectoryImport directoryImport;
    @Autowired AccountService accounts;
    @Autowired PersonStatus status;
    @Autowired JdbcTemplate jdbc;

    private final String run = "L" + Long.toString(System.nanoTime(), 36);

    @Test
    void peopleMissingFromTheFileLoseTheirAccountsTooEachAudited() throws Exception {
        List<String> withMine = new ArrayList<>(TestDirectory.everyoneActive(jdbc));
        for (int i = 0; i < 3; i++) {
            withMine.add(TestDirectory.row(run, i));
        }
        importAll(withMine);
        List<Account> leavers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            leavers.add(accounts.create(new NewAccount(run.toLowerCase() + "-" + i, run.toLowerCase() + "." + i + "@example.com",
                    "Person " + i, TestPeople.PASSWORD, Set.of(Roles.PARTICIPANT))));
        }
        assertThat(leavers).extracting(Account::getEmployeeId).containsExactly(run + "-0", run + "-1");

        List<String> without = TestDirectory.everyoneActive(jdbc).stream().filter(row -> !row.startsWith(run + "-")).toList();
        DirectoryPreview applied = directoryImport.apply(new StringReader(TestDirectory.file(without)),
                new DirectoryImport.Request(true, null, null), read -> { });

        assertThat(applied.deactivated()).isEqualTo(3);
        for (Account leaver : leavers) {
            assertThat(accounts.findById(leaver.getId()).orElseThrow().isActive()).isFalse();
            assertThat(jdbc.queryForObject("select count(*) from mentorflow.audit_entry e join mentorflow.audit_entry_subject s "
                    + "on s.entry_id = e.id where s.account_id = ? and e.action = 'person.deactivated' and e.actor = 'leavers-admin'",
                    Integer.class, leaver.getId())).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.employee where employee_id like ? and active",
                Integer.class, run + "-%")).isZero();
    }

    @Test
    void anAccountsOwnEntryIsNeverMissingAndHrsRowWithItsAddressTakesItOver() throws Exception {
        Account admin = TestPeople.create(accounts, "hr-later", Roles.ADMIN);
        assertThat(admin.getEmployeeId()).startsWith(AccountService.LOCAL_ENTRY);
        List<String> everyone = new ArrayList<>(TestDirectory.everyoneActive(jdbc));

        DirectoryPreview preview = directoryImport.preview(new StringReader(TestDirectory.file(everyone)), true, read -> { });
        assertThat(preview.missing()).as("the admin's own entry is not HR's to miss").isZero();

        everyone.add(String.join(",", run + "-hr", "Ada From HR", admin.getEmail(), "regular", "Berlin", "DE",
                "Europe/Berlin", "Cloud", "Org", "Engineering", "L6", "2019-04-01", "", "en"));
        DirectoryPreview applied = directoryImport.apply(new StringReader(TestDirectory.file(everyone)),
                DirectoryImport.Request.withoutDeactivating(), read -> { });

        assertThat(applied.refused()).isZero();
        assertThat(accounts.findById(admin.getId()).orElseThrow().getEmployeeId()).isEqualTo(run + "-hr");
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.employee where employee_id = ?", Integer.class,
                admin.getEmployeeId())).as("the entry made for the account is gone").isZero();
    }

    private void importAll(List<String> rows) throws Exception {
        directoryImport.apply(new StringReader(TestDirectory.file(rows)), DirectoryImport.Request.withoutDeactivating(),
                read -> { });
    }
}
