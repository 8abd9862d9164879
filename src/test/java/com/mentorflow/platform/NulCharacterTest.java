package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import com.mentorflow.circles.CircleMembership;
import com.mentorflow.circles.CircleProposal;
import com.mentorflow.circles.Circles;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.MeetingMode;
import com.mentorflow.people.ProfileAnswers;
import com.mentorflow.people.ProfileService;
import com.mentorflow.people.Program;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A NUL character (which PostgreSQL cannot store) is refused where it arrives, with a sentence, before anything is
 * written; the log gets one line without the person's text.
 */
@MentorflowTest
@ExtendWith(OutputCaptureExtension.class)
class NulCharacterTest {

    @Autowired TestRestTemplate http;
    @Autowired TestMentorships people;
    @Autowired TestCircles circleFixtures;
    @Autowired AccountService accounts;
    @Autowired MatchRequests requests;
    @Autowired Circles circles;
    @Autowired ProfileService profiles;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRequestNoteWithNulIsRefusedOverRestAndNothingIsWrittenOrLogged(CapturedOutput output) {
        Account mentee = people.person("nul-mentee", false, Program.OPEN);
        Account mentor = people.person("nul-mentor", true, Program.OPEN);

        ResponseEntity<Map> refused = as(mentee).postForEntity("/api/requests", Map.of("mentorAccountId", mentor.getId(),
                "program", "OPEN", "note", "Hello, my-secret-note-text\u0000 would you mentor me this year?"), Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("detail")).contains("NUL character");
        assertThat((Map<String, String>) refused.getBody().get("problems")).containsOnlyKeys("note");
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.match_request where mentee_account_id = ?",
                Long.class, mentee.getId())).isZero();
        assertThat(output.getAll()).contains("Refused POST /api/requests: a NUL character in note")
                .doesNotContain("my-secret-note-text").doesNotContain("Zero bytes");
    }

    @Test
    void aCircleNameWithNulIsRefusedOverRestAndNothingIsWrittenOrLogged(CapturedOutput output) {
        Account manager = circleFixtures.regular("nul-circle", 5);

        ResponseEntity<Map> refused = as(manager).postForEntity("/api/circles", Map.of("name", "Secret\u0000circle-name-text",
                "topics", List.of(1), "description", "Peers working through their first promotion case.", "language", "en",
                "timeZone", "Europe/Berlin", "meetingMode", "VIDEO", "maxSize", 5, "proposerRole", "MEMBER"), Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((Map<String, String>) refused.getBody().get("problems")).containsOnlyKeys("name");
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.circle where name like '%circle-name-text%'",
                Long.class)).isZero();
        assertThat(output.getAll()).contains("Refused POST /api/circles: a NUL character in name")
                .doesNotContain("circle-name-text");
    }

    @Test
    void aQueryParameterWithNulIsRefused() {
        Account someone = TestPeople.participant(accounts, "nul-query");

        ResponseEntity<Map> refused = as(someone).getForEntity("/api/circles?text={text}", Map.class, "a\u0000b");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((Map<String, String>) refused.getBody().get("problems")).containsOnlyKeys("text");
    }

    @Test
    void anEngineRestVariableWithNulIsRefusedAndNotSet(CapturedOutput output) {
        Account admin = TestPeople.create(accounts, "nul-admin", Roles.ADMIN);
        Account owner = TestPeople.participant(accounts, "nul-owner");
        String taskId = taskService.createTaskQuery().taskAssignee(owner.getUsername()).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<Map> refused = as(admin).exchange("/engine-rest/task/" + taskId + "/variables/remark", HttpMethod.PUT,
                new HttpEntity<>("{\"value\":\"engine-variable-text\\u0000\",\"type\":\"String\"}", headers), Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("message")).contains("NUL character");
        assertThat(taskService.getVariable(taskId, "remark")).isNull();
        assertThat(output.getAll()).doesNotContain("engine-variable-text");
    }

    /** The Vaadin forms call these services; a refusal is shown on the form like any other. */
    @Test
    void theServicesTheFormsCallRefuseNulNamingTheField(CapturedOutput output) {
        Account mentee = people.person("nul-ui-mentee", false, Program.OPEN);
        Account mentor = people.person("nul-ui-mentor", true, Program.OPEN);
        Account manager = circleFixtures.regular("nul-ui-circle", 5);

        assertThatThrownBy(() -> requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN,
                "A long enough note from the form-note-text\u0000 to a mentor."))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("note").containsValue(NulCharacters.MESSAGE));
        assertThatThrownBy(() -> circles.propose(manager.getUsername(), new CircleProposal("Form\u0000circle", Set.of(1),
                "Peers working through their first promotion case.", null, "en", "Europe/Berlin", MeetingMode.VIDEO, 5,
                CircleMembership.Role.MEMBER)))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("name"));
        ProfileAnswers current = profiles.current(mentee.getUsername());
        ProfileAnswers renamed = TestProfiles.from(current).named("Display\u0000name").answers();
        assertThatThrownBy(() -> profiles.update(mentee.getUsername(), renamed))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("displayName"));

        assertThat(jdbc.queryForObject("select count(*) from mentorflow.match_request where mentee_account_id = ?",
                Long.class, mentee.getId())).isZero();
        assertThat(accounts.findById(mentee.getId()).orElseThrow().getDisplayName()).doesNotContain("\u0000");
        assertThat(output.getAll()).contains("Refused MatchRequests.send: a NUL character in note")
                .doesNotContain("form-note-text");
    }

    private TestRestTemplate as(Account account) {
        return http.withBasicAuth(account.getUsername(), TestPeople.PASSWORD);
    }
}
