package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.AuditLog;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.test.context.support.WithMockUser;

/** The suggestion endpoint: the same ranking as the view, bookmarks, weights, and bad input. */
@MentorflowTest
class SuggestionApiTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;
    @Autowired OnboardingService onboarding;
    @Autowired TaskService taskService;
    @Autowired MatchingWeights weights;
    @Autowired MentorSuggestions suggestions;
    @Autowired AuditLog audit;

    private Account mentee(Set<Integer> goals) {
        Account account = TestPeople.participant(accounts, "seeker");
        String taskId = taskService.createTaskQuery().taskAssignee(account.getUsername()).singleResult().getId();
        onboarding.completeProfile(taskId, account.getUsername(), TestProfiles.mentee().named("Seeker")
                .livingIn("America/Chicago").growingIn(goals.toArray(Integer[]::new)).answers());
        return account;
    }

    private TestRestTemplate as(Account account) {
        return http.withBasicAuth(account.getUsername(), TestPeople.PASSWORD);
    }

    @Test
    void returnsTheRankingTheServiceGivesAsJson() {
        Account seeker = mentee(Set.of(3));

        ResponseEntity<List<Map<String, Object>>> response = as(seeker).exchange("/api/suggestions?program=OPEN&limit=5",
                HttpMethod.GET, null, LIST);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Suggestion> expected = suggestions.forMentee(seeker.getUsername(), Program.OPEN, 5);
        assertThat(response.getBody()).hasSize(5);
        assertThat(response.getBody()).extracting(s -> ((Number) s.get("mentorAccountId")).longValue())
                .containsExactlyElementsOf(expected.stream().map(Suggestion::mentorAccountId).toList());
        assertThat(response.getBody()).extracting(s -> (Integer) s.get("score")).isSortedAccordingTo((a, b) -> b - a);
        assertThat(response.getBody()).allSatisfy(s -> assertThat((List<?>) s.get("reasons")).isNotEmpty());
    }

    @Test
    void theApiIsDescribedWithOpenApiForSignedInPeople() {
        Account reader = TestPeople.participant(accounts, "docs");

        ResponseEntity<String> description = as(reader).getForEntity("/api/openapi", String.class);

        assertThat(description.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(description.getBody()).contains("\"/api/suggestions\"").contains("Top mentors for me in a program")
                .contains("\"/api/bookmarks/{mentorAccountId}\"");
        assertThat(http.getForEntity("/api/openapi", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void badInputGetsMessagesAndAnonymousPeopleNothing() {
        Account seeker = mentee(Set.of(1));
        Account mentorOnly = TestPeople.participant(accounts, "onlymentor");

        ResponseEntity<Map> badProgram = as(seeker).getForEntity("/api/suggestions?program=SPACE", Map.class);
        assertThat(badProgram.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badProgram.getBody().get("problems").toString()).contains("\"SPACE\" is not one of");

        ResponseEntity<Map> circles = as(seeker).getForEntity("/api/suggestions?program=CIRCLES", Map.class);
        assertThat(circles.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<Map> tooMany = as(seeker).getForEntity("/api/suggestions?program=OPEN&limit=500", Map.class);
        assertThat(tooMany.getBody().get("problems").toString()).contains("Ask for 1 to 50 suggestions.");

        ResponseEntity<Map> notJoined = as(seeker).getForEntity("/api/suggestions?program=NEW_HIRE", Map.class);
        assertThat(notJoined.getBody().get("problems").toString()).contains("You have not joined the New-hire year-one program");

        ResponseEntity<Map> noMentee = as(mentorOnly).getForEntity("/api/suggestions?program=OPEN", Map.class);
        assertThat(noMentee.getBody().get("problems").toString()).contains("does not say you are looking for a mentor");

        assertThat(http.getForEntity("/api/suggestions?program=OPEN", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aBookmarkedMentorComesFirstUntilTheBookmarkIsRemoved() {
        Account seeker = mentee(Set.of(1));
        List<Suggestion> before = suggestions.forMentee(seeker.getUsername(), Program.OPEN, 10);
        long last = before.get(before.size() - 1).mentorAccountId();

        assertThat(as(seeker).exchange("/api/bookmarks/" + last, HttpMethod.PUT, null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        List<Suggestion> bookmarked = suggestions.forMentee(seeker.getUsername(), Program.OPEN, 10);
        assertThat(bookmarked.get(0).mentorAccountId()).isEqualTo(last);
        assertThat(bookmarked.get(0).bookmarked()).isTrue();

        as(seeker).exchange("/api/bookmarks/" + last, HttpMethod.DELETE, null, Void.class);
        assertThat(suggestions.forMentee(seeker.getUsername(), Program.OPEN, 10)).isEqualTo(before);

        assertThat(as(seeker).exchange("/api/bookmarks/999999999", HttpMethod.PUT, null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @WithMockUser(username = "weights-admin", roles = "ADMIN")
    void changedWeightsChangeTheRankingAtOnceAndAreAudited() {
        Account seeker = mentee(Set.of(3));
        Map<MatchingCriterion, Integer> original = weights.of(Program.OPEN);
        try {
            Map<MatchingCriterion, Integer> onlyTenure = new EnumMap<>(MatchingCriterion.class);
            for (MatchingCriterion criterion : MatchingCriterion.values()) {
                onlyTenure.put(criterion, criterion == MatchingCriterion.TENURE ? 100 : 0);
            }
            List<Suggestion> before = suggestions.forMentee(seeker.getUsername(), Program.OPEN, 10);

            weights.update(Program.OPEN, onlyTenure, "weights-admin");

            List<Suggestion> after = suggestions.forMentee(seeker.getUsername(), Program.OPEN, 10);
            assertThat(after).isNotEqualTo(before);
            assertThat(after.get(0).reasons()).singleElement().extracting(MatchReason::english).asString()
                    .endsWith("years at the company");
            assertThat(audit.latest("matching-weights-changed", 1)).singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.get("actor")).isEqualTo("weights-admin");
                        assertThat(entry.get("details").toString()).startsWith("OPEN: ").contains("TENURE 5 -> 100");
                    });
        } finally {
            weights.update(Program.OPEN, original, "weights-admin");
        }
    }

    @Test
    @WithMockUser(username = "weights-admin", roles = "ADMIN")
    void weightsOutsideZeroToHundredAreRefused() {
        Map<MatchingCriterion, Integer> bad = new EnumMap<>(weights.of(Program.OPEN));
        bad.put(MatchingCriterion.GOALS, 101);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> weights.update(Program.OPEN, bad, "weights-admin"))
                .isInstanceOf(com.mentorflow.platform.RejectedInputException.class)
                .hasMessageContaining("Goals matched by strengths: a weight is a whole number from 0 to 100.");
        assertThat(weights.of(Program.OPEN).get(MatchingCriterion.GOALS)).isNotEqualTo(101);
    }
}
