package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.platform.Roles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Issue 14 §4: /api/people for IT's scripts, the same service and rules as the People view; admins only. */
@MentorflowTest
class PeopleApiTest {

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;

    @Test
    @SuppressWarnings("unchecked")
    void anAdminSearchesGrantsRevokesDeactivatesAndReactivates() {
        Account admin = TestPeople.create(accounts, "api-people-admin", Roles.ADMIN);
        Account person = TestPeople.participant(accounts, "api-people-person");
        TestRestTemplate asAdmin = http.withBasicAuth(admin.getUsername(), TestPeople.PASSWORD);

        ResponseEntity<Map> page = asAdmin.getForEntity("/api/people?q={q}&page=0&size=10", Map.class, person.getUsername());
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).containsEntry("total", 1).containsEntry("page", 0).containsEntry("size", 10);
        Map<String, Object> found = ((List<Map<String, Object>>) page.getBody().get("items")).get(0);
        assertThat(found).containsEntry("accountId", person.getId().intValue()).containsEntry("status", "ACTIVE")
                .containsEntry("employeeId", person.getEmployeeId()).containsEntry("signIn", List.of("PASSWORD"));

        ResponseEntity<Map> granted = asAdmin.postForEntity("/api/people/accounts/{id}/roles",
                json("{\"role\":\"PROGRAM_MANAGER\",\"granted\":true}"), Map.class, person.getId());
        assertThat(granted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(granted.getBody()).containsEntry("changed", true);
        assertThat((List<String>) ((Map<String, Object>) granted.getBody().get("person")).get("roles"))
                .containsExactlyInAnyOrder("PARTICIPANT", "PROGRAM_MANAGER");
        ResponseEntity<Map> revoked = asAdmin.postForEntity("/api/people/accounts/{id}/roles",
                json("{\"role\":\"PROGRAM_MANAGER\",\"granted\":false}"), Map.class, person.getId());
        assertThat(revoked.getBody()).containsEntry("changed", true);

        ResponseEntity<Map> off = asAdmin.postForEntity("/api/people/accounts/{id}/deactivate", null, Map.class, person.getId());
        assertThat(((Map<String, Object>) off.getBody().get("person"))).containsEntry("status", "DEACTIVATED");
        assertThat(http.withBasicAuth(person.getUsername(), TestPeople.PASSWORD).getForEntity("/api/tasks", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<Map> on = asAdmin.postForEntity("/api/people/employees/{id}/reactivate", null, Map.class,
                person.getEmployeeId());
        assertThat(on.getBody()).containsEntry("changed", true);
        assertThat(http.withBasicAuth(person.getUsername(), TestPeople.PASSWORD).getForEntity("/api/tasks", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void badInputGetsSentencesAndTheRulesHold() {
        Account admin = TestPeople.create(accounts, "api-people-rules", Roles.ADMIN);
        TestRestTemplate asAdmin = http.withBasicAuth(admin.getUsername(), TestPeople.PASSWORD);

        ResponseEntity<Map> size = asAdmin.getForEntity("/api/people?size=100000", Map.class);
        assertThat(size.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) size.getBody().get("problems")).containsEntry("size", "A page has 1 to 200 people.");
        ResponseEntity<Map> participantRole = asAdmin.postForEntity("/api/people/accounts/{id}/roles",
                json("{\"role\":\"PARTICIPANT\",\"granted\":true}"), Map.class, admin.getId());
        assertThat(participantRole.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> noGranted = asAdmin.postForEntity("/api/people/accounts/{id}/roles", json("{\"role\":\"ADMIN\"}"),
                Map.class, admin.getId());
        assertThat((Map<String, String>) noGranted.getBody().get("problems")).containsKey("granted");
        ResponseEntity<Map> own = asAdmin.postForEntity("/api/people/accounts/{id}/roles",
                json("{\"role\":\"ADMIN\",\"granted\":false}"), Map.class, admin.getId());
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(own.getBody().get("detail").toString()).contains("You cannot remove your own admin role");
        ResponseEntity<Map> nobody = asAdmin.postForEntity("/api/people/employees/{id}/deactivate", null, Map.class, "no-such-id");
        assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> unknownAccount = asAdmin.postForEntity("/api/people/accounts/{id}/deactivate", null, Map.class, 999999999);
        assertThat(unknownAccount.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void onlyAdmins() {
        Account manager = TestPeople.create(accounts, "api-people-pm", Roles.PROGRAM_MANAGER);
        assertThat(http.withBasicAuth(manager.getUsername(), TestPeople.PASSWORD).getForEntity("/api/people", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/people", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
