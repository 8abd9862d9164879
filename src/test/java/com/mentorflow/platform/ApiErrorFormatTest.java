package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every error of the app's REST API is one RFC 9457 problem (application/problem+json with type, title, status,
 * detail and instance), from whichever layer refuses: Spring Security, Spring MVC or a domain service. One test per
 * status, each on a real endpoint over real HTTP.
 */
@MentorflowTest
class ApiErrorFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger addresses = new AtomicInteger(10);

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;

    @Test
    void noCredentialsIs401WithTheBasicChallenge() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/tasks", String.class);

        JsonNode problem = problem(response, 401, "/api/tasks");
        assertThat(problem.get("title").asText()).isEqualTo("Unauthorized");
        assertThat(problem.get("detail").asText()).contains("Please sign in");
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"Mentorflow\"");
    }

    @Test
    void aSpanishClientIsAskedToSignInInSpanish() throws Exception {
        HttpHeaders spanish = new HttpHeaders();
        spanish.set(HttpHeaders.ACCEPT_LANGUAGE, "es-MX,es;q=0.9,en;q=0.5");

        ResponseEntity<String> response = http.exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(spanish), String.class);

        JsonNode problem = problem(response, 401, "/api/tasks");
        assertThat(problem.get("title").asText()).as("the status's own words, which clients match on").isEqualTo("Unauthorized");
        assertThat(problem.get("detail").asText()).startsWith("Inicia sesión:").doesNotContain("Please sign in");
    }

    @Test
    void aWrongPasswordIs401Too() throws Exception {
        Account person = TestPeople.participant(accounts, "err-wrong");

        ResponseEntity<String> response = http.withBasicAuth(person.getUsername(), "not-the-password")
                .exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(from(nextAddress())), String.class);

        problem(response, 401, "/api/tasks");
    }

    @Test
    void aRoleRefusedByPreAuthorizeIs403() throws Exception {
        ResponseEntity<String> response = asParticipant("err-role").getForEntity("/api/requests/open", String.class);

        JsonNode problem = problem(response, 403, "/api/requests/open");
        assertThat(problem.get("title").asText()).isEqualTo("Forbidden");
        assertThat(problem.get("detail").asText()).isEqualTo(RefusalResponses.NOT_ALLOWED);
    }

    @Test
    void aSessionCallWithoutItsCsrfTokenIs403AndSaysWhatIsMissing() throws Exception {
        Account participant = TestPeople.participant(accounts, "err-csrf");
        HttpHeaders session = new LoginFormClient(http).session(participant.getUsername(), TestPeople.PASSWORD);
        session.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> response = http.exchange("/api/requests", HttpMethod.POST,
                new HttpEntity<>("{\"mentorAccountId\": 1}", session), String.class);

        JsonNode problem = problem(response, 403, "/api/requests");
        assertThat(problem.get("detail").asText()).contains("X-CSRF-TOKEN");
    }

    @Test
    void anUnknownApiAddressIs404() throws Exception {
        ResponseEntity<String> response = asParticipant("err-404").getForEntity("/api/no-such-thing", String.class);

        assertThat(problem(response, 404, "/api/no-such-thing").get("title").asText()).isEqualTo("Not Found");
    }

    @Test
    void anUnknownResourceIs404() throws Exception {
        ResponseEntity<String> response = asParticipant("err-404r").exchange("/api/requests/987654321/accept",
                HttpMethod.POST, HttpEntity.EMPTY, String.class);

        assertThat(problem(response, 404, "/api/requests/987654321/accept").get("detail").asText())
                .isEqualTo("There is no match request 987654321.");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIs405() throws Exception {
        ResponseEntity<String> response = asParticipant("err-405").exchange("/api/tasks", HttpMethod.DELETE,
                HttpEntity.EMPTY, String.class);

        assertThat(problem(response, 405, "/api/tasks").get("title").asText()).isEqualTo("Method Not Allowed");
        assertThat(response.getHeaders().getAllow()).contains(HttpMethod.GET);
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415() throws Exception {
        ResponseEntity<String> response = postRequest(asParticipant("err-415"), MediaType.TEXT_PLAIN,
                "please be my mentor");

        assertThat(problem(response, 415, "/api/requests").get("title").asText()).isEqualTo("Unsupported Media Type");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        ResponseEntity<String> response = postRequest(asParticipant("err-json"), MediaType.APPLICATION_JSON,
                "{\"note\": \"unfinished");

        assertThat(problem(response, 400, "/api/requests").get("detail").asText()).contains("not valid JSON");
    }

    @Test
    void refusedInputIs400WithOneErrorPerField() throws Exception {
        ResponseEntity<String> response = asParticipant("err-input").getForEntity("/api/tasks?offset=-1&limit=0",
                String.class);

        JsonNode problem = problem(response, 400, "/api/tasks");
        assertThat(problem.get("detail").asText()).isEqualTo("Some input was not accepted.");
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("limit");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("limit must be between 1 and 200.");
        assertThat(problem.get("errors").get(1).get("field").asText()).isEqualTo("offset");
    }

    @Test
    void tooManyWrongPasswordsIs429WithRetryAfter() throws Exception {
        Account person = TestPeople.participant(accounts, "err-429");
        HttpHeaders attacker = from(nextAddress());
        for (int attempt = 1; attempt <= 5; attempt++) {
            http.withBasicAuth(person.getUsername(), "wrong-" + attempt).exchange("/api/tasks", HttpMethod.GET,
                    new HttpEntity<>(attacker), String.class);
        }

        ResponseEntity<String> response = http.withBasicAuth(person.getUsername(), "wrong-6").exchange("/api/tasks",
                HttpMethod.GET, new HttpEntity<>(attacker), String.class);

        JsonNode problem = problem(response, 429, "/api/tasks");
        assertThat(problem.get("title").asText()).isEqualTo("Too Many Requests");
        assertThat(problem.get("detail").asText()).startsWith("Too many failed sign-ins. Try again in");
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
    }

    /** Asserts the problem's media type and members, and returns it. */
    static JsonNode problem(ResponseEntity<String> response, int status, String path) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(response.getBody()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo(path);
        return problem;
    }

    /** A new participant, signing in with their password. */
    private TestRestTemplate asParticipant(String prefix) {
        return http.withBasicAuth(TestPeople.participant(accounts, prefix).getUsername(), TestPeople.PASSWORD);
    }

    /** Sends a body of the given type where the API takes a new match request (as JSON). */
    private static ResponseEntity<String> postRequest(TestRestTemplate as, MediaType type, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return as.exchange("/api/requests", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static String nextAddress() {
        return "203.0.113." + addresses.incrementAndGet();
    }

    private static HttpHeaders from(String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", address);
        return headers;
    }
}
