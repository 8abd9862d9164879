package com.mentorflow.circles;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.Roles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The circle endpoints go through the same service as the pages: same rules, same messages. */
@MentorflowTest
class CircleApiTest {

    @Autowired TestRestTemplate http;
    @Autowired TestCircles fixtures;
    @Autowired AccountService accounts;
    @Autowired CircleMemberships memberships;

    @Test
    void proposeFindJoinAndLeaveOverRest() {
        Account manager = fixtures.regular("api-manager", 5);
        Account joiner = fixtures.regular("api-joiner", 4);
        String name = "Api circle " + System.nanoTime() % 100000;

        ResponseEntity<Map> bad = as(manager).postForEntity("/api/circles", Map.of("name", "x"), Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) bad.getBody().get("problems")).containsKeys("name", "topics", "description", "maxSize");

        ResponseEntity<Void> created = as(manager).postForEntity("/api/circles", Map.of("name", name, "topics", List.of(1),
                "description", "Peers working through their first promotion case.", "language", "en",
                "timeZone", "Europe/Berlin", "meetingMode", "VIDEO", "maxSize", 5, "proposerRole", "MEMBER"), Void.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long circleId = Long.parseLong(created.getHeaders().getLocation().getPath().replace("/api/circles/", ""));

        Map<String, Object> page = as(joiner).getForObject("/api/circles?text={text}&openSeats=true&role=MEMBER", Map.class, name);
        assertThat((List<Map<String, Object>>) page.get("circles")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("name", name).containsEntry("people", 1).containsEntry("maxSize", 5));

        assertThat(as(joiner).postForEntity("/api/circles/" + circleId + "/join-requests", Map.of("role", "MEMBER",
                "note", "Hello"), Void.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ResponseEntity<Map> twice = as(joiner).postForEntity("/api/circles/" + circleId + "/join-requests",
                Map.of("role", "MEMBER"), Map.class);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        List<Map<String, Object>> mine = as(joiner).getForObject("/api/circles/mine", List.class);
        assertThat(mine).anySatisfy(m -> assertThat(m).containsEntry("status", "REQUESTED"));

        Account contractor = fixtures.employee("api-contractor", 4, "CONTRACTOR");
        ResponseEntity<Map> refused = as(contractor).postForEntity("/api/circles/" + circleId + "/join-requests",
                Map.of("role", "MEMBER"), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("regular (full-time) employees only");

        assertThat(as(joiner).postForEntity("/api/circles/" + circleId + "/leave", null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(memberships.currentMembership(circleId, joiner.getUsername())).isEmpty();
        ResponseEntity<Map> strangerCancels = as(joiner).postForEntity("/api/circles/" + circleId + "/cancel",
                Map.of("reason", "Not mine to cancel"), Map.class);
        assertThat(strangerCancels.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlySignedInParticipantsUseTheDirectory() {
        assertThat(http.getForEntity("/api/circles", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        Account admin = TestPeople.create(accounts, "api-admin", Roles.ADMIN);
        assertThat(as(admin).getForEntity("/api/circles", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Account reader = fixtures.regular("api-reader", 4);
        assertThat(as(reader).getForEntity("/api/circles?limit=500", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private TestRestTemplate as(Account account) {
        return http.withBasicAuth(account.getUsername(), TestPeople.PASSWORD);
    }
}
