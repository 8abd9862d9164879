package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.circles.CircleMemberships;
import com.mentorflow.circles.JoinRequests;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestPeople;
import com.mentorflow.circles.CircleMembership;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A page on another site makes the browser post with its cached credentials: refused, whatever they are. */
@MentorflowTest
class CrossSiteRequestTest {

    private static final String EVIL = "https://evil.example";

    @Autowired TestRestTemplate http;
    @Autowired TestCircles fixtures;
    @Autowired JoinRequests joinRequests;
    @Autowired CircleMemberships memberships;
    @Autowired AccountService accounts;
    @LocalServerPort int port;

    @Test
    void aCrossSitePostWithBasicCredentialsIsRefusedAndChangesNothing() {
        Account member = fixtures.regular("xs-basic", 4);
        long circleId = circleWith(member);

        ResponseEntity<String> refused = as(member).exchange(leave(circleId), HttpMethod.POST,
                new HttpEntity<>(headers("Origin", EVIL)), String.class);
        ResponseEntity<String> fetchMetadataOnly = as(member).exchange(leave(circleId), HttpMethod.POST,
                new HttpEntity<>(headers("Sec-Fetch-Site", "cross-site")), String.class);
        ResponseEntity<String> siblingSite = as(member).exchange(leave(circleId), HttpMethod.POST,
                new HttpEntity<>(headers("Sec-Fetch-Site", "same-site")), String.class);
        ResponseEntity<String> nullOrigin = as(member).exchange(leave(circleId), HttpMethod.POST,
                new HttpEntity<>(headers("Origin", "null")), String.class);

        for (ResponseEntity<String> response : java.util.List.of(refused, fetchMetadataOnly, siblingSite, nullOrigin)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(response.getBody()).contains("\"detail\":\"" + CrossSiteRequestFilter.REFUSAL + "\"");
        }
        assertThat(memberships.currentMembership(circleId, member.getUsername())).as("still asking to join").isPresent();
    }

    @Test
    void aCrossSitePostWithASessionCookieIsRefusedAndChangesNothing() {
        Account member = fixtures.regular("xs-session", 4);
        long circleId = circleWith(member);
        HttpHeaders session = new LoginFormClient(http).session(member.getUsername(), TestPeople.PASSWORD);
        session.add("Origin", EVIL);
        session.add("Sec-Fetch-Site", "cross-site");

        ResponseEntity<String> refused = noRedirects().exchange(leave(circleId), HttpMethod.POST, new HttpEntity<>(session),
                String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("\"detail\":\"" + CrossSiteRequestFilter.REFUSAL + "\"");
        assertThat(memberships.currentMembership(circleId, member.getUsername())).isPresent();
    }

    @Test
    void sameOriginAndHeaderlessCallsStillWork() {
        Account member = fixtures.regular("xs-same", 4);
        long first = circleWith(member);
        long second = circleWith(member);
        HttpHeaders sameOrigin = headers("Origin", "http://localhost:" + port);
        sameOrigin.add("Sec-Fetch-Site", "same-origin");

        assertThat(as(member).exchange(leave(first), HttpMethod.POST, new HttpEntity<>(sameOrigin), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as(member).exchange(leave(second), HttpMethod.POST, HttpEntity.EMPTY, String.class)
                .getStatusCode()).as("curl, scripts").isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(memberships.currentMembership(first, member.getUsername())).isEmpty();
        assertThat(memberships.currentMembership(second, member.getUsername())).isEmpty();
    }

    @Test
    void engineRestRefusesCrossSiteWritesAndServesTheModeler() {
        Account admin = TestPeople.create(accounts, "xs-admin", Roles.ADMIN);
        String message = "{\"messageName\":\"no-such-message-" + System.nanoTime() + "\"}";
        HttpHeaders evil = headers("Origin", EVIL);
        evil.setContentType(MediaType.APPLICATION_JSON);
        HttpHeaders plain = new HttpHeaders();
        plain.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> refused = as(admin).exchange("/engine-rest/message", HttpMethod.POST,
                new HttpEntity<>(message, evil), String.class);
        ResponseEntity<String> modeler = as(admin).exchange("/engine-rest/message", HttpMethod.POST,
                new HttpEntity<>(message, plain), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).isEqualTo(CrossSiteRequestFilter.REFUSAL);
        // Reaches the engine, which answers that nothing waits for this message.
        assertThat(modeler.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(modeler.getBody()).contains("no-such-message");
        assertThat(as(admin).exchange("/engine-rest/engine", HttpMethod.GET, new HttpEntity<>(headers("Origin", EVIL)),
                String.class).getStatusCode()).as("reading is not a change").isEqualTo(HttpStatus.OK);
    }

    private long circleWith(Account member) {
        Account manager = fixtures.regular("xs-manager", 5);
        long circleId = fixtures.propose(manager, "Cross-site " + System.nanoTime() % 100000, 5);
        joinRequests.requestToJoin(member.getUsername(), circleId, CircleMembership.Role.MEMBER, "Hello");
        return circleId;
    }

    private static String leave(long circleId) {
        return "/api/circles/" + circleId + "/leave";
    }

    private static HttpHeaders headers(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(name, value);
        return headers;
    }

    private TestRestTemplate noRedirects() {
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    private TestRestTemplate as(Account account) {
        return noRedirects().withBasicAuth(account.getUsername(), TestPeople.PASSWORD);
    }
}
