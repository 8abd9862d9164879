package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.SsoClient;
import com.mentorflow.SsoProvider;
import com.mentorflow.MentorflowTest;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.SsoRefusals;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on against a real OIDC provider: who the first sign-in links to, who is refused, roles from the groups
 * claim. The switches a company sets differently (match by employee id, self sign-up) are checked on the sign-in
 * service itself with those settings, so all SSO tests keep one Spring context.
 */
@MentorflowTest
class SingleSignOnTest {

    @LocalServerPort int port;
    @Autowired DirectoryImport directory;
    @Autowired AccountRepository accounts;
    @Autowired SsoAccountRepository linked;
    @Autowired EmployeeRepository employees;
    @Autowired ProfileRepository profiles;
    @Autowired AccountService accountService;
    @Autowired CamundaIdentitySync identitySync;
    @Autowired PersonStatus personStatus;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired TaskService tasks;
    @Autowired IdentityService identities;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    private final String run = "Sso" + System.nanoTime() % 1_000_000;

    @Test
    void theFirstSignInLinksTheDirectoryEntryByEmailAndLaterOnesFindTheAccountByItsIdentity() throws Exception {
        String email = inDirectory(1);
        SsoClient browser = new SsoClient(port);
        assertThat(browser.signIn(run + "-subject-1", "{\"email\": \"" + email.toUpperCase() + "\", \"zoneinfo\": \"America/Chicago\"}"))
                .isEqualTo("/");

        Account account = accounts.findByEmailIgnoringCase(email).orElseThrow();
        assertThat(account.getEmployeeId()).isEqualTo(run + "-1");
        assertThat(account.getSsoIssuer()).isEqualTo(SsoProvider.issuer());
        assertThat(account.getSsoSubject()).isEqualTo(run + "-subject-1");
        assertThat(account.getRoles()).containsExactly(Roles.PARTICIPANT);
        assertThat(account.getLastSignInAt()).isNotNull();
        assertThat(profiles.findById(account.getId()).orElseThrow().getTimeZone()).isEqualTo("America/Chicago");
        assertThat(tasks.createTaskQuery().taskAssignee(account.getUsername()).count()).as("onboarding started").isEqualTo(1);

        // The provider's e-mail changed and a zone came along: same account, the zone already chosen stays.
        assertThat(new SsoClient(port).signIn(run + "-subject-1", "{\"email\": \"moved-" + run + "@elsewhere.example\", "
                + "\"zoneinfo\": \"Europe/Berlin\"}")).isEqualTo("/");
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.account where sso_subject = ?", Integer.class,
                run + "-subject-1")).isEqualTo(1);
        assertThat(profiles.findById(account.getId()).orElseThrow().getTimeZone()).isEqualTo("America/Chicago");
    }

    @Test
    void matchedByEmployeeIdTheAccountTakesTheDirectorysAddress() throws Exception {
        inDirectory(2);
        SsoProperties byEmployeeId = new SsoProperties(null, SsoProperties.MatchBy.EMPLOYEE_ID, "employee_id", null, null, false);

        Account account = signIn(byEmployeeId, new SsoIdentity("https://idp.example/" + run, run + "-subject-2",
                "someone-else-" + run + "@elsewhere.example", true, run + "-2", "Person 2", null, null));

        assertThat(account.getEmployeeId()).isEqualTo(run + "-2");
        assertThat(account.getEmail()).isEqualTo(run.toLowerCase() + ".2@example.com");
        assertThat(account.getSsoSubject()).isEqualTo(run + "-subject-2");
    }

    @Test
    void someoneNotInTheDirectoryIsRefusedWithAPageAndGetsNoAccount() {
        String stranger = "stranger-" + run + "@example.com";
        SsoClient browser = new SsoClient(port);
        assertThat(browser.signIn(run + "-stranger", "{\"email\": \"" + stranger + "\"}")).isEqualTo("/sign-in-refused");
        assertThat(browser.get("/sign-in-refused").statusCode()).as("a public page").isEqualTo(200);
        assertThat(accounts.findByEmailIgnoringCase(stranger)).isEmpty();
        assertThat(audit.latest("sso.refused", 5)).anySatisfy(entry -> assertThat(entry.get("actor")).isEqualTo(stranger));

        SsoProperties unverified = new SsoProperties(null, null, null, null, null, true);
        assertThatThrownBy(() -> signIn(unverified, new SsoIdentity("https://idp.example/" + run, run + "-unverified",
                stranger, false, null, "Unverified", null, null)))
                .as("an address the provider has not verified identifies no one, even with self sign-up")
                .isInstanceOf(SsoRefusal.class);
    }

    @Test
    void withSelfSignUpAStrangerGetsADirectoryEntryAndAnAccount() {
        SsoProperties selfSignUp = new SsoProperties(null, null, null, null, null, true);
        String newcomer = "newcomer-" + run + "@example.com";

        Account account = signIn(selfSignUp, new SsoIdentity("https://idp.example/" + run, run + "-newcomer", newcomer, null,
                null, "New Comer", "Asia/Kolkata", null));

        Employee entry = employees.findById(account.getEmployeeId()).orElseThrow();
        assertThat(entry.getEmail()).isEqualTo(newcomer);
        assertThat(entry.getFullName()).isEqualTo("New Comer");
        assertThat(entry.isActive()).isTrue();
        assertThat(entry.getTimeZone()).isEqualTo("Asia/Kolkata");
        assertThat(account.getRoles()).containsExactly(Roles.PARTICIPANT);
        assertThat(tasks.createTaskQuery().taskAssignee(account.getUsername()).count()).as("onboarding started").isEqualTo(1);
    }

    @Test
    void rolesComeFromTheGroupsClaimAndRolesAlreadyHeldStay() throws Exception {
        String email = inDirectory(3);
        String subject = run + "-subject-3";
        assertThat(new SsoClient(port).signIn(subject, claims(email, SsoProvider.PROGRAM_MANAGERS))).isEqualTo("/");
        Account account = accounts.findByEmailIgnoringCase(email).orElseThrow();
        assertThat(account.getRoles()).containsExactlyInAnyOrder(Roles.PARTICIPANT, Roles.PROGRAM_MANAGER);

        assertThat(new SsoClient(port).signIn(subject, claims(email, SsoProvider.ADMINS))).isEqualTo("/");
        assertThat(accounts.findById(account.getId()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Roles.PARTICIPANT, Roles.PROGRAM_MANAGER, Roles.ADMIN);
        assertThat(identities.createGroupQuery().groupMember(account.getUsername()).list()).extracting(Group::getId)
                .contains(Roles.PROGRAM_MANAGER.camundaGroup(), Roles.ADMIN.camundaGroup(), Roles.CAMUNDA_ADMIN_GROUP);
        assertThat(audit.latest("roles.granted-by-sso", 5)).anySatisfy(entry -> assertThat(entry.get("details"))
                .isEqualTo("account " + account.getUsername() + " granted ADMIN from the groups claim"));
    }

    @Test
    void aDeactivatedPersonIsRefusedAndSentToTheLoginPagesSentence() throws Exception {
        String email = inDirectory(4);
        assertThat(new SsoClient(port).signIn(run + "-subject-4", claims(email))).isEqualTo("/");
        personStatus.deactivateEmployee(run + "-4", "test");
        assertThat(new SsoClient(port).signIn(run + "-subject-4", claims(email))).isEqualTo("/login?deactivated");

        String neverSignedIn = inDirectory(5);
        personStatus.deactivateEmployee(run + "-5", "test");
        assertThat(new SsoClient(port).signIn(run + "-subject-5", claims(neverSignedIn))).isEqualTo("/login?deactivated");
        assertThat(accounts.findByEmailIgnoringCase(neverSignedIn)).as("no account made").isEmpty();
    }

    @Test
    void aRefusalIsTheCodeThePlatformTurnsIntoItsPage() {
        SsoProperties defaults = new SsoProperties(null, null, null, null, null, false);
        assertThatThrownBy(() -> signIn(defaults, new SsoIdentity("https://idp.example/" + run, run + "-nobody",
                "nobody-" + run + "@example.com", true, null, "Nobody", null, null)))
                .isInstanceOfSatisfying(SsoRefusal.class, refusal -> assertThat(refusal.code()).isEqualTo(SsoRefusals.UNKNOWN_PERSON));
    }

    private static String claims(String email, String... groups) {
        return "{\"email\": \"" + email + "\", \"groups\": [" + String.join(", ",
                List.of(groups).stream().map(g -> "\"" + g + "\"").toList()) + "]}";
    }

    /** Adds one person of this run to the directory (no one else is touched) and returns their address. */
    private String inDirectory(int i) throws Exception {
        String file = String.join(",", DirectoryImport.COLUMNS) + "\n" + TestDirectory.row(run, i) + "\n";
        directory.applyAs("test", new StringReader(file), DirectoryImport.Request.withoutDeactivating(), rows -> { });
        return run.toLowerCase() + "." + i + "@example.com";
    }

    /** The sign-in service with other settings than the context's, in a transaction as the proxy would open. */
    private Account signIn(SsoProperties settings, SsoIdentity who) {
        SsoClaims claims = new SsoClaims(profiles, identitySync, audit, settings);
        SsoNewAccounts newAccounts = new SsoNewAccounts(accountService, accounts, employees, claims, audit, settings);
        SsoSignIn service = new SsoSignIn(linked, new SsoFirstSignIn(employees, accounts, newAccounts, audit, settings),
                employees, claims, audit, clock);
        return new TransactionTemplate(transactions).execute(status -> service.signIn(who));
    }

}
