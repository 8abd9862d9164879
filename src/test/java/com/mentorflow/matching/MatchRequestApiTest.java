package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestFixtures.NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.matching.MatchRequest.Status;
import com.mentorflow.people.Account;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/** The mentee's side of a match request over REST: send, list, withdraw, through the same {@link MatchRequests}. */
@MentorflowTest
class MatchRequestApiTest {

    @Autowired TestRestTemplate http;
    @Autowired MatchRequests requests;
    @Autowired MatchRequestFixtures people;

    @Test
    void theRestApiSendsListsAndWithdrawsThroughTheSameService() {
        Account mentee = people.mentee("api-mentee");
        Account mentor = people.mentor("api-mentor", 2);
        var as = http.withBasicAuth(mentee.getUsername(), TestPeople.PASSWORD);

        var bad = as.postForEntity("/api/requests", Map.of("mentorAccountId", mentor.getId(), "program", "OPEN",
                "note", "short"), Map.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("problems").toString()).contains("at least 20 characters");

        var created = as.postForEntity("/api/requests", Map.of("mentorAccountId", mentor.getId(), "program", "OPEN",
                "note", NOTE), Void.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long id = Long.parseLong(created.getHeaders().getLocation().getPath().replace("/api/requests/", ""));
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.PENDING);

        var mine = as.getForEntity("/api/requests", Map.class);
        assertThat(mine.getBody().get("sent").toString()).contains(mentor.getDisplayName()).contains("PENDING");

        var withdrawn = as.exchange("/api/requests/" + id, HttpMethod.DELETE, null, Void.class);
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(204);
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.WITHDRAWN);
        var again = as.exchange("/api/requests/" + id, HttpMethod.DELETE, null, Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
    }
}
