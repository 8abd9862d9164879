package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.PersonStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Issue 14 §6: a deactivated person cannot sign in, reads why, and an open session ends; reactivation restores it. */
@MentorflowTest
class DeactivatedSignInTest {

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;
    @Autowired PersonStatus status;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aDeactivatedPersonsRightPasswordLeadsToTheDeactivatedSentenceAndAWrongOneToTheUsualError() {
        Account person = TestPeople.participant(accounts, "leaver-sign-in");
        status.deactivateAccount(person.getId(), "test");
        LoginFormClient login = new LoginFormClient(http);

        ResponseEntity<String> right = login.submit(person.getUsername(), TestPeople.PASSWORD, new HttpHeaders());
        assertThat(right.getHeaders().getLocation()).hasPath("/login").hasQuery("deactivated");
        // Only the right password tells that the account exists and is deactivated.
        ResponseEntity<String> wrong = login.submit(person.getUsername(), "not-the-password-at-all", new HttpHeaders());
        assertThat(wrong.getHeaders().getLocation()).hasPath("/login").hasQuery("error");
        assertThat(http.withBasicAuth(person.getUsername(), TestPeople.PASSWORD).getForEntity("/api/people/me-nothing",
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        status.reactivateAccount(person.getId(), "test");
        ResponseEntity<String> back = login.submit(person.getUsername(), TestPeople.PASSWORD, new HttpHeaders());
        assertThat(back.getHeaders().getLocation()).as("reactivation restores sign-in").isNotNull().hasNoParameters();
    }

    @Test
    void someoneWhoseDirectoryEntryAloneAnOlderImportSwitchedOffCannotSignInEither() {
        Account person = TestPeople.participant(accounts, "legacy-leaver");
        jdbc.update("update mentorflow.employee set active = false where employee_id = ?", person.getEmployeeId());
        ResponseEntity<String> login = new LoginFormClient(http).submit(person.getUsername(), TestPeople.PASSWORD,
                new HttpHeaders());
        assertThat(login.getHeaders().getLocation()).hasPath("/login").hasQuery("deactivated");
    }

    @Test
    void aSessionOpenWhenThePersonIsDeactivatedStopsAtItsNextRequest() {
        Account person = TestPeople.participant(accounts, "leaver-session");
        HttpHeaders session = new LoginFormClient(http).session(person.getUsername(), TestPeople.PASSWORD);
        TestRestTemplate noRedirects = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        assertThat(noRedirects.exchange("/profile", HttpMethod.GET, new HttpEntity<>(session), String.class)
                .getStatusCode()).as("signed in, the page opens").isEqualTo(HttpStatus.OK);

        status.deactivateAccount(person.getId(), "test");

        ResponseEntity<String> page = noRedirects.exchange("/profile", HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(page.getHeaders().getLocation()).hasPath("/login").hasQuery("deactivated");
        ResponseEntity<String> again = noRedirects.exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(again.getStatusCode()).as("the old session is gone for the API too").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPasswordSignInIsRecordedAsTheLastSignIn() {
        Account person = TestPeople.participant(accounts, "last-sign-in");
        assertThat(person.getLastSignInAt()).isNull();
        new LoginFormClient(http).session(person.getUsername(), TestPeople.PASSWORD);
        Instant recorded = accounts.findById(person.getId()).orElseThrow().getLastSignInAt();
        assertThat(recorded).isNotNull();
    }
}
