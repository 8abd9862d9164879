package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Issue 14 §4: the rules behind the People view and /api/people. */
@MentorflowTest
@WithMockUser(username = "admin", roles = "ADMIN")
class PeopleAdminTest {

    @Autowired PeopleAdmin admin;
    @Autowired PeopleSearch search;
    @Autowired AccountService accounts;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;

    @Test
    void searchFindsDirectoryEntriesWithAndWithoutAccountByNameEmailAndIdAPageAtATime() {
        String run = "srch" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 5; i++) {
            InvitationFixtures.employee(jdbc, run, "Zed " + run + " " + i);
        }
        Account withAccount = accounts.create(new NewAccount(run + "-acc", run + "-acc@example.com", "Zed " + run + " account",
                TestPeople.PASSWORD, java.util.Set.of(Roles.PARTICIPANT)));

        assertThat(search.count(run)).isEqualTo(6);
        List<PeopleSearch.Person> first = search.find(run, 0, 4);
        List<PeopleSearch.Person> second = search.find(run, 4, 4);
        assertThat(first).hasSize(4);
        assertThat(second).hasSize(2);
        assertThat(first).extracting(PeopleSearch.Person::name).isSorted();
        assertThat(second).extracting(PeopleSearch.Person::name).doesNotContainAnyElementsOf(
                first.stream().map(PeopleSearch.Person::name).toList());

        PeopleSearch.Person account = search.find(withAccount.getEmail().toUpperCase(), 0, 10).get(0);
        assertThat(account.accountId()).isEqualTo(withAccount.getId());
        assertThat(account.employeeId()).as("every account has a directory entry").isEqualTo("local-" + run + "-acc");
        assertThat(account.status()).isEqualTo(PeopleSearch.Status.ACTIVE);
        assertThat(account.signIn()).containsExactly(PeopleSearch.SignIn.PASSWORD);
        assertThat(account.roles()).containsExactly(Roles.PARTICIPANT);
        assertThat(account.lastSignInAt()).isNull();

        PeopleSearch.Person entryOnly = search.find(first.get(0).employeeId(), 0, 10).get(0);
        assertThat(entryOnly.accountId()).isNull();
        assertThat(entryOnly.status()).isEqualTo(PeopleSearch.Status.NO_ACCOUNT);
        assertThat(entryOnly.signIn()).containsExactly(PeopleSearch.SignIn.NONE);
        admin.invite(entryOnly.employeeId());
        PeopleSearch.Person invited = search.byEmployee(entryOnly.employeeId()).orElseThrow();
        assertThat(invited.status()).isEqualTo(PeopleSearch.Status.INVITATION_PENDING);
        assertThat(invited.signIn()).containsExactly(PeopleSearch.SignIn.INVITATION_PENDING);

        assertThat(search.count("%")).as("a %% is a letter to look for, not a wildcard").isZero();
        assertThat(search.find("", 0, 100000)).as("a page is at most " + PeopleSearch.MAX_PAGE).hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void grantingAndRevokingProgramManagerAndAdminChangesCamundaGroupsAndIsAudited() {
        Account person = TestPeople.participant(accounts, "grant");
        assertThat(admin.grant(person.getId(), Roles.PROGRAM_MANAGER)).isTrue();
        assertThat(admin.grant(person.getId(), Roles.PROGRAM_MANAGER)).as("already").isFalse();
        assertThat(admin.grant(person.getId(), Roles.ADMIN)).isTrue();
        assertThat(groupsOf(person)).contains("program-managers", "admins", "camunda-admin", "participants");
        assertThat(accounts.findById(person.getId()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Roles.PARTICIPANT, Roles.PROGRAM_MANAGER, Roles.ADMIN);

        assertThat(admin.revoke(person.getId(), Roles.ADMIN)).isTrue();
        assertThat(admin.revoke(person.getId(), Roles.PROGRAM_MANAGER)).isTrue();
        assertThat(groupsOf(person)).containsExactly("participants");
        assertThat(audit(person, "role-granted")).isEqualTo(2);
        assertThat(audit(person, "role-revoked")).isEqualTo(2);

        assertThatThrownBy(() -> admin.grant(person.getId(), Roles.PARTICIPANT)).isInstanceOf(RejectedInputException.class);
        assertThatThrownBy(() -> admin.grant(-1, Roles.ADMIN)).isInstanceOf(RejectedInputException.class);
    }

    @Test
    void noAdminRemovesTheirOwnAdminRoleOrSwitchesThemselvesOff() {
        Account demoAdmin = accounts.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> admin.revoke(demoAdmin.getId(), Roles.ADMIN)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("You cannot remove your own admin role");
        assertThatThrownBy(() -> admin.deactivateAccount(demoAdmin.getId())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("You cannot deactivate yourself");
        assertThat(accounts.findByUsername("admin").orElseThrow().getRoles()).contains(Roles.ADMIN);
    }

    @Test
    @Transactional // rolled back: the other admins of the shared database lose their role only inside this test
    @WithMockUser(username = "someone-else", roles = "ADMIN")
    void theLastActiveAdminKeepsTheRoleAndStaysActive() {
        Account last = TestPeople.create(accounts, "last-admin", Roles.ADMIN);
        jdbc.update("delete from mentorflow.account_role where role = 'ADMIN' and account_id <> ?", last.getId());
        assertThatThrownBy(() -> admin.revoke(last.getId(), Roles.ADMIN)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("they are the last active admin");
        assertThatThrownBy(() -> admin.deactivateAccount(last.getId())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("they are the last active admin");
        assertThatThrownBy(() -> admin.deactivateEmployee(last.getEmployeeId())).isInstanceOf(ConflictException.class);
    }

    @Test
    void deactivatingAndReactivatingGoesThroughPersonStatusForTheEntryAndTheAccount() {
        Account person = TestPeople.participant(accounts, "switch");
        assertThat(admin.deactivateEmployee(person.getEmployeeId())).isTrue();
        assertThat(admin.deactivateAccount(person.getId())).as("already").isFalse();
        PeopleSearch.Person off = search.byAccount(person.getId()).orElseThrow();
        assertThat(off.status()).isEqualTo(PeopleSearch.Status.DEACTIVATED);
        assertThatThrownBy(() -> admin.grant(person.getId(), Roles.PROGRAM_MANAGER)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Reactivate them first");
        assertThat(admin.reactivateAccount(person.getId())).isTrue();
        assertThat(search.byAccount(person.getId()).orElseThrow().status()).isEqualTo(PeopleSearch.Status.ACTIVE);
        assertThat(jdbc.queryForObject("select active from mentorflow.employee where employee_id = ?", Boolean.class,
                person.getEmployeeId())).isTrue();
        assertThat(audit(person, "person.deactivated")).isEqualTo(1);
        assertThat(audit(person, "person.reactivated")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "priya", roles = "PROGRAM_MANAGER")
    void onlyAdminsUseIt() {
        assertThatThrownBy(() -> search.find("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.grant(1, Roles.ADMIN)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> groupsOf(Account person) {
        return identity.createGroupQuery().groupMember(person.getUsername()).list().stream().map(g -> g.getId()).sorted().toList();
    }

    private int audit(Account person, String action) {
        return jdbc.queryForObject("select count(*) from mentorflow.audit_entry e join mentorflow.audit_entry_subject s "
                + "on s.entry_id = e.id where s.account_id = ? and e.action = ?", Integer.class, person.getId(), action);
    }
}
