package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.Roles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The mentor's side of a match request over REST (through the same {@link MatchRequestAnswers#review} as the task form),
 * and everyone's open requests for program managers.
 */
@MentorflowTest
class MentorRequestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTE = "Hello! I am new here and would love your advice on finding my way.";

    @Autowired TestRestTemplate http;
    @Autowired TestMentorships people;
    @Autowired AccountService accounts;
    @Autowired MatchRequests requests;
    @Autowired MyMatchRequests mine;

    @Test
    void theMentorAcceptsOverRestAndASecondAnswerIsAConflict() throws Exception {
        Account mentee = people.person("api-acc-mentee", false, Program.OPEN);
        Account mentor = people.person("api-acc-mentor", true, Program.OPEN);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);

        JsonNode before = JSON.readTree(get(mentor, "/api/requests/" + id).getBody());
        assertThat(before.get("note").asText()).isEqualTo(NOTE);
        assertThat(before.get("status").asText()).isEqualTo("PENDING");
        assertThat(before.get("mentee").asText()).isEqualTo(mentee.getDisplayName());
        assertThat(before.get("reasons")).isNotEmpty();

        ResponseEntity<String> accepted = post(mentor, "/api/requests/" + id + "/accept", null);

        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(accepted.getBody()).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(requests.get(id).getStatus()).isEqualTo(MatchRequest.Status.ACCEPTED);
        assertThat(mine.mentorshipsOf(mentor.getUsername())).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo("your mentee"));

        ResponseEntity<String> again = post(mentor, "/api/requests/" + id + "/decline", "{\"reason\": \"NO_TIME\"}");
        JsonNode conflict = problem(again, 409);
        assertThat(conflict.get("detail").asText()).isEqualTo("This request is accepted already; nothing was changed.");
        assertThat(requests.get(id).getStatus()).isEqualTo(MatchRequest.Status.ACCEPTED);
    }

    @Test
    void aDeclineNeedsAReasonCodeAndTellsTheMenteeTheReason() throws Exception {
        Account mentee = people.person("api-dec-mentee", false, Program.OPEN);
        Account mentor = people.person("api-dec-mentor", true, Program.OPEN);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);

        JsonNode noReason = problem(post(mentor, "/api/requests/" + id + "/decline", "{}"), 400);
        assertThat(noReason.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("field").asText()).isEqualTo("reason");
            assertThat(error.get("message").asText()).isEqualTo("Please tell the mentee why: choose a reason.");
        });
        problem(post(mentor, "/api/requests/" + id + "/decline", "{\"reason\": \"BUSY\"}"), 400);
        assertThat(requests.get(id).getStatus()).as("refused input changes nothing").isEqualTo(MatchRequest.Status.PENDING);

        ResponseEntity<String> declined = post(mentor, "/api/requests/" + id + "/decline",
                "{\"reason\": \"TIMING\", \"text\": \"Ask me again in March!\"}");

        assertThat(declined.getStatusCode()).as(declined.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(declined.getBody()).get("status").asText()).isEqualTo("DECLINED");
        MatchRequest request = requests.get(id);
        assertThat(request.getDecisionReason()).isEqualTo(DeclineReason.TIMING.label());
        assertThat(request.getDecisionText()).isEqualTo("Ask me again in March!");
    }

    @Test
    void aMentorCannotAnswerARequestAddressedToSomeoneElse() throws Exception {
        Account mentee = people.person("api-other-mentee", false, Program.OPEN);
        Account mentor = people.person("api-other-mentor", true, Program.OPEN);
        Account stranger = people.person("api-other-stranger", true, Program.OPEN);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);

        problem(get(stranger, "/api/requests/" + id), 403);
        assertThat(JSON.readTree(get(mentee, "/api/requests/" + id).getBody()).get("reasons")).as("the mentor's to read")
                .isEmpty();
        JsonNode refused = problem(post(stranger, "/api/requests/" + id + "/accept", null), 403);
        assertThat(refused.get("detail").asText()).isEqualTo("This task belongs to someone else.");
        problem(post(mentee, "/api/requests/" + id + "/accept", null), 403);
        assertThat(requests.get(id).getStatus()).isEqualTo(MatchRequest.Status.PENDING);

        requests.withdraw(mentee.getUsername(), id);
        assertThat(problem(post(stranger, "/api/requests/" + id + "/accept", null), 403).get("detail").asText())
                .as("a closed request of someone else's is not described").isEqualTo("This request is addressed to someone else.");
        assertThat(problem(post(mentor, "/api/requests/" + id + "/accept", null), 409).get("detail").asText())
                .isEqualTo("This request is withdrawn already; nothing was changed.");
    }

    @Test
    void programManagersPageThroughOpenRequestsAndParticipantsAreRefused() throws Exception {
        Account mentor = people.person("api-queue-mentor", true, Program.OPEN);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Account mentee = people.person("api-queue-mentee" + i, false, Program.OPEN);
            ids.add(requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE));
        }
        Account manager = TestPeople.create(accounts, "api-queue-pm", Roles.PROGRAM_MANAGER);
        Account admin = TestPeople.create(accounts, "api-queue-admin", Roles.ADMIN);

        JsonNode first = JSON.readTree(get(manager, "/api/requests/open?program=OPEN&status=PENDING&size=2").getBody());
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        long total = first.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);
        List<Long> seen = new ArrayList<>();
        for (int page = 0; page * 200L < total; page++) {
            JsonNode rows = JSON.readTree(get(admin, "/api/requests/open?program=OPEN&size=200&page=" + page).getBody()).get("items");
            rows.forEach(row -> {
                assertThat(row.get("program").asText()).isEqualTo("OPEN");
                assertThat(row.get("status").asText()).isIn("PENDING", "PENDING_APPROVAL");
                seen.add(row.get("id").asLong());
            });
        }
        assertThat(seen).containsAll(ids);

        JsonNode mine = JSON.readTree(get(manager, "/api/requests/open?size=200").getBody()).get("items");
        mine.forEach(row -> {
            if (row.get("id").asLong() == ids.get(0)) {
                assertThat(row.get("mentor").asText()).isEqualTo(mentor.getDisplayName());
            }
        });
        JsonNode closedStatus = problem(get(manager, "/api/requests/open?status=ACCEPTED"), 400);
        assertThat(closedStatus.get("errors").get(0).get("field").asText()).isEqualTo("status");
        problem(get(mentor, "/api/requests/open"), 403);
    }

    @Test
    void theListsAProfileNeedsAreForAnySignedInPerson() throws Exception {
        Account participant = TestPeople.participant(accounts, "api-lists");

        JsonNode topics = JSON.readTree(get(participant, "/api/topics").getBody());
        JsonNode programs = JSON.readTree(get(participant, "/api/programs").getBody());
        JsonNode networks = JSON.readTree(get(participant, "/api/affinity-networks").getBody());
        JsonNode reasons = JSON.readTree(get(participant, "/api/decline-reasons").getBody());

        assertThat(topics).isNotEmpty().allSatisfy(t -> assertThat(t.get("name").asText()).isNotBlank());
        assertThat(topics.get(0).get("id").asInt()).isEqualTo(1);
        assertThat(programs).extracting(p -> p.get("code").asText()).containsExactly("NEW_HIRE", "OPEN", "CIRCLES");
        assertThat(networks).isNotEmpty().allSatisfy(n -> assertThat(n.get("id").isInt()).isTrue());
        assertThat(reasons).extracting(r -> r.get("code").asText()).containsExactly("NO_TIME", "NOT_A_FIT", "TIMING", "OTHER");
        assertThat(reasons.get(0).get("label").asText()).isEqualTo(DeclineReason.NO_TIME.label());
        assertThat(http.getForEntity("/api/topics", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> get(Account account, String path) {
        return http.withBasicAuth(account.getUsername(), TestPeople.PASSWORD).getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(Account account, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(account.getUsername(), TestPeople.PASSWORD).exchange(path, HttpMethod.POST,
                new HttpEntity<>(json, headers), String.class);
    }

    private static JsonNode problem(ResponseEntity<String> response, int status) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).startsWith("/api/");
        return problem;
    }
}
