package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestClocks;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Guessing passwords: the 6th wrong one in a row is refused unchecked and audited, for the login form and for
 * HTTP Basic. Each test signs in from its own address (X-Forwarded-For, trusted from the local proxy address), so
 * the per-address rule never touches other tests.
 */
@MentorflowTest
class SignInThrottleTest {

    private static final AtomicInteger addresses = new AtomicInteger(10);

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;
    @Autowired AuditLog audit;
    @RegisterExtension final TestClocks clocks = new TestClocks();

    @Test
    void theSixthWrongPasswordOverBasicIsThrottledAuditedAndEvenTheRightOneWaits() {
        Account person = TestPeople.participant(accounts, "guess-basic");
        HttpHeaders attacker = from(nextAddress());

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(basic(person.getUsername(), "wrong-" + attempt, attacker).getStatusCode()).as("attempt %d", attempt)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> sixth = basic(person.getUsername(), "wrong-6", attacker);
        ResponseEntity<String> right = basic(person.getUsername(), TestPeople.PASSWORD, attacker);

        assertThat(sixth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(sixth.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(sixth.getHeaders().getContentType().isCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(sixth.getBody()).contains("\"status\":429", "\"detail\":\"Too many failed sign-ins. Try again in 30 seconds.\"");
        assertThat(right.getStatusCode()).as("the right password, while locked").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(entries(SignInThrottle.FAILED, person)).as("one per wrong password checked").isEqualTo(5);
        assertThat(entries(SignInThrottle.LOCKED, person)).isEqualTo(1);
        assertThat(audit.latest(SignInThrottle.LOCKED, 50)).anySatisfy(entry -> assertThat(entry.get("details").toString())
                .contains(person.getUsername()).contains("refused for 30 s"));
        assertThat(basic(person.getUsername(), TestPeople.PASSWORD, from(nextAddress())).getStatusCode())
                .as("the owner, elsewhere").isEqualTo(HttpStatus.OK);
    }

    @Test
    void engineRestIsThrottledToo() {
        Account admin = TestPeople.create(accounts, "guess-engine", Roles.ADMIN);
        HttpHeaders attacker = from(nextAddress());
        for (int attempt = 1; attempt <= 5; attempt++) {
            http.withBasicAuth(admin.getUsername(), "wrong").exchange("/engine-rest/engine", HttpMethod.GET,
                    new HttpEntity<>(attacker), String.class);
        }

        ResponseEntity<String> sixth = http.withBasicAuth(admin.getUsername(), TestPeople.PASSWORD)
                .exchange("/engine-rest/engine", HttpMethod.GET, new HttpEntity<>(attacker), String.class);

        assertThat(sixth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(sixth.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    }

    @Test
    void theSixthWrongPasswordOnTheLoginFormIsThrottledAndAudited() {
        Account person = TestPeople.participant(accounts, "guess-form");
        HttpHeaders attacker = from(nextAddress());
        LoginFormClient form = new LoginFormClient(http);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(form.submit(person.getUsername(), "wrong-" + attempt, attacker).getHeaders().getLocation())
                    .as("attempt %d", attempt).hasPath("/login").hasQuery("error");
        }
        ResponseEntity<String> right = form.submit(person.getUsername(), TestPeople.PASSWORD, attacker);

        assertThat(right.getHeaders().getLocation()).as("the right password, while locked").hasPath("/login").hasQuery("error");
        assertThat(entries(SignInThrottle.FAILED, person)).isEqualTo(5);
        assertThat(entries(SignInThrottle.LOCKED, person)).isEqualTo(1);
        assertThat(form.submit(person.getUsername(), TestPeople.PASSWORD, from(nextAddress())).getHeaders().getLocation())
                .as("the owner, elsewhere").hasNoParameters();
    }

    @Test
    void theLockRunsOutThenTheNextFailureLocksTwiceAsLongAndASuccessStartsAfresh() {
        Account person = TestPeople.participant(accounts, "guess-expiry");
        HttpHeaders attacker = from(nextAddress());
        for (int attempt = 1; attempt <= 5; attempt++) {
            basic(person.getUsername(), "wrong", attacker);
        }
        assertThat(basic(person.getUsername(), TestPeople.PASSWORD, attacker).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        clocks.advance(Duration.ofSeconds(31));
        assertThat(basic(person.getUsername(), "wrong", attacker).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> again = basic(person.getUsername(), TestPeople.PASSWORD, attacker);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(again.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");

        clocks.advance(Duration.ofSeconds(61));
        assertThat(basic(person.getUsername(), TestPeople.PASSWORD, attacker).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(basic(person.getUsername(), "wrong", attacker).getStatusCode()).as("counting from zero again")
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(basic(person.getUsername(), TestPeople.PASSWORD, attacker).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> basic(String username, String password, HttpHeaders from) {
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW).withBasicAuth(username, password)
                .exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(from), String.class);
    }

    private long entries(String action, Account person) {
        return audit.latest(action, 500).stream().filter(entry -> person.getUsername().equals(entry.get("actor"))).count();
    }

    private static String nextAddress() {
        return "198.51.100." + addresses.incrementAndGet();
    }

    private static HttpHeaders from(String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", address);
        return headers;
    }
}
