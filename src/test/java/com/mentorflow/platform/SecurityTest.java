package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.notify.OutboxView;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingProcess;
import com.mentorflow.tasks.InboxView;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who may reach what: engine REST, webapps, admin views, health, and other people's tasks. */
@MentorflowTest
class SecurityTest {

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;
    @Autowired TaskService taskService;

    @Test
    void engineRestIsForAdminsOnly() {
        Account participant = TestPeople.participant(accounts, "rest");
        Account admin = TestPeople.create(accounts, "boss", Roles.ADMIN);

        assertThat(http.getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as(participant).getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(participant).getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(admin).getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void camundaWebappsAreForAdminsOnlyAndAnonymousPeopleAreSentToTheLogin() {
        Account participant = TestPeople.participant(accounts, "web");

        ResponseEntity<String> anonymous = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .getForEntity("/camunda/app/cockpit/default/", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation()).hasPath("/login");
        HttpHeaders session = signInWithTheLoginForm(participant);
        assertThat(noRedirects().exchange("/camunda/app/cockpit/default/", HttpMethod.GET, new HttpEntity<>(session),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(noRedirects().exchange("/camunda/api/engine/engine/", HttpMethod.GET, new HttpEntity<>(session),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAdminSignedInToSpringIsSignedInToCockpit() {
        Account admin = TestPeople.create(accounts, "cockpit", Roles.ADMIN);

        HttpHeaders session = signInWithTheLoginForm(admin);
        ResponseEntity<String> cockpit = noRedirects().exchange("/camunda/app/cockpit/default/", HttpMethod.GET,
                new HttpEntity<>(session), String.class);
        ResponseEntity<String> user = noRedirects().exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(session), String.class);

        assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cockpit.getBody()).contains("Cockpit");

        assertThat(user.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(user.getBody()).contains("\"userId\":\"" + admin.getUsername() + "\"").contains("cockpit");
    }

    @Test
    void adminViewsAreClosedToParticipantsAndProgramManagers() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Principal someone = () -> "someone";

        assertThat(checker.hasAccess(OutboxView.class, someone, role -> role.equals(Roles.PARTICIPANT_ROLE))).isFalse();
        assertThat(checker.hasAccess(OutboxView.class, someone, role -> role.equals(Roles.PROGRAM_MANAGER_ROLE))).isFalse();
        assertThat(checker.hasAccess(OutboxView.class, someone, role -> role.equals(Roles.ADMIN_ROLE))).isTrue();
        assertThat(checker.hasAccess(InboxView.class, someone, role -> role.equals(Roles.PARTICIPANT_ROLE))).isTrue();
        assertThat(checker.hasAccess(InboxView.class, null, role -> false)).as("anonymous").isFalse();
    }

    @Test
    void healthAnswersAnonymouslyWithTheStatusOnlyAndShowsAdminsTheDatabaseAndEngine() {
        Account admin = TestPeople.create(accounts, "health", Roles.ADMIN);

        ResponseEntity<Map> anonymous = http.getForEntity("/actuator/health", Map.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody()).containsEntry("status", "UP").doesNotContainKey("components");

        Map<String, Object> components = (Map<String, Object>) as(admin).getForEntity("/actuator/health", Map.class)
                .getBody().get("components");
        // The job executor's indicator is there too where it runs (not in tests): .ci/run checks it.
        assertThat(components).containsKeys("db", "processEngine");
    }

    @Test
    void nobodyCompletesSomeoneElsesTaskOverRestAndNothingChanges() {
        Account owner = TestPeople.participant(accounts, "mine");
        Account intruder = TestPeople.participant(accounts, "intruder");
        String taskId = taskService.createTaskQuery().taskAssignee(owner.getUsername())
                .taskDefinitionKey(OnboardingProcess.TASK_COMPLETE_PROFILE).singleResult().getId();
        String answers = """
                {"displayName":"Hijacked","wantsMentor":true,"wantsMentee":false,"wantsCircles":false,
                 "timeZone":"Europe/Paris","consent":true}""";

        ResponseEntity<String> refused = as(intruder).exchange("/api/onboarding/tasks/" + taskId + "/complete",
                HttpMethod.POST, json(answers), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("This task belongs to someone else.");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(accounts.findByUsername(owner.getUsername()).orElseThrow().getDisplayName()).isNotEqualTo("Hijacked");
    }

    @Test
    void theOwnerCompletesTheirTaskOverRestAndBadInputGetsMessages() {
        Account owner = TestPeople.participant(accounts, "api");
        String taskId = taskService.createTaskQuery().taskAssignee(owner.getUsername()).singleResult().getId();

        ResponseEntity<Map> bad = as(owner).exchange("/api/onboarding/tasks/" + taskId + "/complete", HttpMethod.POST,
                json("{\"displayName\":\"\",\"timeZone\":\"nowhere\"}"), Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) bad.getBody().get("problems")).containsKeys("displayName", "roles", "timeZone", "consent");

        ResponseEntity<Map> garbage = as(owner).exchange("/api/onboarding/tasks/" + taskId + "/complete", HttpMethod.POST,
                json("{not json"), Map.class);
        assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> done = as(owner).exchange("/api/onboarding/tasks/" + taskId + "/complete", HttpMethod.POST,
                json("{\"displayName\":\"Api Person\",\"wantsMentor\":true,\"programs\":[\"OPEN\"],"
                        + "\"strengthTopics\":[2],\"timeZone\":\"Asia/Tokyo\",\"consent\":true}"),
                String.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(accounts.profileOf(owner.getId()).orElseThrow().isComplete()).isTrue();

        ResponseEntity<String> again = as(owner).exchange("/api/onboarding/tasks/" + taskId + "/complete", HttpMethod.POST,
                json("{\"displayName\":\"Api Person\",\"wantsMentor\":true,\"programs\":[\"OPEN\"],"
                        + "\"strengthTopics\":[2],\"timeZone\":\"Asia/Tokyo\",\"consent\":true}"),
                String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aProgramManagerCannotCompleteAParticipantForm() {
        Account owner = TestPeople.participant(accounts, "pmtarget");
        Account manager = TestPeople.create(accounts, "pm", Roles.PROGRAM_MANAGER);
        String taskId = taskService.createTaskQuery().taskAssignee(owner.getUsername()).singleResult().getId();

        ResponseEntity<String> refused = as(manager).exchange("/api/onboarding/tasks/" + taskId + "/complete",
                HttpMethod.POST, json("{}"), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Set.of(taskId)).allMatch(id -> taskService.createTaskQuery().taskId(id).count() == 1);
    }

    /** The browser's way in: the login form (with its CSRF token), then the session cookie. */
    private HttpHeaders signInWithTheLoginForm(Account account) {
        return new LoginFormClient(http).session(account.getUsername(), TestPeople.PASSWORD);
    }

    private TestRestTemplate noRedirects() {
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    private TestRestTemplate as(Account account) {
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .withBasicAuth(account.getUsername(), TestPeople.PASSWORD);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
