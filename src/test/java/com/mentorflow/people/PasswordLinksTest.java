package com.mentorflow.people;

import static com.mentorflow.people.InvitationFixtures.emailOf;
import static com.mentorflow.people.InvitationFixtures.employee;
import static com.mentorflow.people.InvitationFixtures.linkMailedTo;
import static com.mentorflow.people.InvitationFixtures.tokenIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestClocks;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** An invitation link's life: mailed, stored only as a hash, used once, or expired after seven days. */
@MentorflowTest
@WithMockUser(username = "admin", roles = "ADMIN")
class PasswordLinksTest {

    private static final String GOOD = "violet-kettle-73-harbour";

    @Autowired Invitations invitations;
    @Autowired PasswordLinks links;
    @Autowired PasswordLinkHolders holders;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired EmployeeRepository employees;
    @RegisterExtension final TestClocks clocks = new TestClocks();

    @Test
    void theMailedLinkStartsWithThePublicAddressAndOnlyItsHashIsStored() {
        String id = employee(jdbc, "hash", "Hana Hash");
        invitations.invite(id);

        String link = linkMailedTo(jdbc, emailOf(jdbc, id));
        String token = tokenIn(link);
        assertThat(link).startsWith("http://localhost:8080/set-password?token=");
        assertThat(token).as("256 bits, base64url").hasSize(43);
        Map<String, Object> row = jdbc.queryForMap("select * from mentorflow.password_link where employee_id = ?", id);
        assertThat(row.get("token_hash")).isEqualTo(PasswordLinkTokens.hash(token));
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token));
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.audit_entry where action = 'invitation-sent' "
                + "and details like ?", Integer.class, "%(" + id + ")%")).isEqualTo(1);
    }

    @Test
    void usingTheLinkCreatesTheAccountTiedToTheDirectoryEntryAndTheLinkWorksOnce() {
        String id = employee(jdbc, "once", "Omar Once");
        invitations.invite(id);
        String token = tokenIn(linkMailedTo(jdbc, emailOf(jdbc, id)));

        PasswordLinks.Opened opened = links.open(token);
        assertThat(opened.refusal()).isNull();
        assertThat(opened.displayName()).isEqualTo("Omar Once");
        Account account = links.use(token, GOOD, GOOD);

        assertThat(account.getEmployeeId()).isEqualTo(id);
        assertThat(account.getUsername()).isEqualTo(opened.username()).isEqualTo(id.toLowerCase());
        assertThat(account.getRoles()).containsExactly(Roles.PARTICIPANT);
        assertThat(links.open(token).refusal()).isEqualTo(PasswordLink.Refusal.USED);
        assertThatThrownBy(() -> links.use(token, GOOD + "x", GOOD + "x")).isInstanceOf(RejectedInputException.class)
                .extracting(e -> ((RejectedInputException) e).problems().get("token"))
                .isEqualTo(PasswordLink.Refusal.USED.sentence);
        assertThat(accounts.findByUsername(account.getUsername())).isPresent();
    }

    @Test
    void twoPostsOfTheSameLinkAtOnceCreateOneAccount() throws Exception {
        String id = employee(jdbc, "twice", "Tia Twice");
        invitations.invite(id);
        String token = tokenIn(linkMailedTo(jdbc, emailOf(jdbc, id)));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.Callable<String> post = () -> {
            start.await();
            try {
                links.use(token, GOOD, GOOD);
                return "created";
            } catch (RejectedInputException e) {
                return e.problems().get("token");
            }
        };
        var first = pool.submit(post);
        var second = pool.submit(post);
        start.countDown();

        assertThat(java.util.List.of(first.get(), second.get()))
                .containsExactlyInAnyOrder("created", PasswordLink.Refusal.USED.sentence);
        pool.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.account where employee_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aLinkExpiresAfterSevenDays() {
        String id = employee(jdbc, "expiry", "Eve Expiry");
        invitations.invite(id);
        String token = tokenIn(linkMailedTo(jdbc, emailOf(jdbc, id)));

        clocks.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(links.open(token).refusal()).isNull();
        clocks.advance(Duration.ofMinutes(1));
        assertThat(links.open(token).refusal()).isEqualTo(PasswordLink.Refusal.EXPIRED);
        assertThatThrownBy(() -> links.use(token, GOOD, GOOD)).isInstanceOf(RejectedInputException.class);
        assertThat(holders.accountOf(employees.findById(id).orElseThrow())).isEmpty();
    }

    @Test
    void sendingAgainMakesTheEarlierLinkStopWorking() {
        String id = employee(jdbc, "again", "Alan Again");
        invitations.invite(id);
        String first = tokenIn(linkMailedTo(jdbc, emailOf(jdbc, id)));
        invitations.invite(id);
        String second = tokenIn(linkMailedTo(jdbc, emailOf(jdbc, id)));

        assertThat(second).isNotEqualTo(first);
        assertThat(links.open(first).refusal()).isEqualTo(PasswordLink.Refusal.USED);
        assertThat(links.open(second).refusal()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.audit_entry where action = 'invitation-resent' "
                + "and details like ?", Integer.class, "%(" + id + ")%")).isEqualTo(1);
    }

    @Test
    void aBadPasswordChangesNothingAndTheLinkStillWorks() {
        String id = employee(jdbc, "weak", "Wes Weak");
        invitations.invite(id);
        String token = tokenIn(linkMailedTo(jdbc, emailOf(jdbc, id)));

        assertThatThrownBy(() -> links.use(token, "password1234", "password1234")).isInstanceOf(RejectedInputException.class)
                .extracting(e -> ((RejectedInputException) e).problems()).isEqualTo(Map.of("password", PasswordRules.IS_COMMON));
        assertThat(links.open(token).refusal()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.account where employee_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void unknownTokensAndPeopleWithAnAccountAreRefused() {
        assertThat(links.open("not-a-token").refusal()).isEqualTo(PasswordLink.Refusal.UNKNOWN);
        assertThat(links.open(null).refusal()).isEqualTo(PasswordLink.Refusal.UNKNOWN);
        assertThatThrownBy(() -> invitations.invite("E1001")).isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("already has an account");
        assertThatThrownBy(() -> invitations.invite("no-such-person")).isInstanceOf(RejectedInputException.class);
    }
}
