package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The two published holes of Camunda 7.24 CE that Mentorflow closes itself, each with its reproduction. */
@MentorflowTest
class EngineApiGuardTest {

    private static final String ESCAPE = "${''.getClass().forName('java.lang.Runtime')}";

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;
    @Autowired IdentityService identityService;

    private Account admin;

    @BeforeEach
    void anAdmin() {
        admin = TestPeople.create(accounts, "cve-admin", Roles.ADMIN);
    }

    /** CVE-2026-109432: the reproduction answered 200; the top-level field always answered 400. */
    @Test
    void taskQueriesWithExpressionsInOrQueriesAreRefused() {
        ResponseEntity<String> nested = post("/engine-rest/task/count", "{\"orQueries\":[{\"assigneeExpression\":\"" + ESCAPE + "\"}]}");
        assertThat(nested.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nested.getBody()).contains("Expressions are not accepted in queries (\\\"assigneeExpression\\\")");

        ResponseEntity<String> deeper = post("/engine-rest/task", "{\"orQueries\":[{\"taskVariables\":[]},"
                + "{\"candidateGroups\":[\"a\"],\"dueAfterExpression\":\"${now()}\"}]}");
        assertThat(deeper.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> filter = post("/engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"mine\","
                + "\"query\":{\"candidateUserExpression\":\"${currentUser()}\"}}");
        assertThat(filter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        HttpHeaders notJson = new HttpHeaders();
        ResponseEntity<String> asOctetStream = http.withBasicAuth(admin.getUsername(), TestPeople.PASSWORD).postForEntity(
                "/engine-rest/filter/some-filter/list", new HttpEntity<>(("{\"orQueries\":[{\"assigneeExpression\":\""
                        + ESCAPE + "\"}]}").getBytes(StandardCharsets.UTF_8), notJson), String.class);
        assertThat(asOctetStream.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> inTheQueryString = http.withBasicAuth(admin.getUsername(), TestPeople.PASSWORD)
                .getForEntity("/engine-rest/task?assigneeExpression={e}", String.class, "${currentUser()}");
        assertThat(inTheQueryString.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void plainQueriesStillWork() {
        ResponseEntity<String> plain = post("/engine-rest/task/count", "{\"orQueries\":[{\"assignee\":\"nobody\"},"
                + "{\"candidateGroups\":[\"program-managers\"]}]}");
        assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(plain.getBody()).contains("\"count\":");
    }

    /** CVE-2026-77226: the first-run setup is refused for everyone, and creates nobody. */
    @Test
    void theAdminWebappsFirstRunSetupIsRefusedOutright() {
        String user = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.x\"},"
                + "\"credentials\":{\"password\":\"intruder-password-1\"}}";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> anonymous = http.postForEntity("/camunda/api/admin/setup/default/user/create",
                new HttpEntity<>(user, headers), String.class);
        ResponseEntity<String> signedIn = http.withBasicAuth(admin.getUsername(), TestPeople.PASSWORD)
                .postForEntity("/camunda/api/admin/setup/default/user/create", new HttpEntity<>(user, headers), String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getBody()).contains("first-run setup");
        ResponseEntity<String> disguised = http.postForEntity(
                java.net.URI.create(http.getRootUri() + "/camunda/api/admin/%73etup/default/user/create"),
                new HttpEntity<>(user, headers), String.class);
        assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    /** The webapps' own API (Tasklist and Cockpit call the engine through it) is guarded the same way. */
    @Test
    void theWebappsEngineApiIsGuardedToo() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/task/count");
        request.setContentType("application/json");
        request.setContent(("{\"orQueries\":[{\"nameExpression\":\"" + ESCAPE + "\"}]}").getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new EngineApiGuard().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedRatherThanGuessed() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/count");
        request.setServletPath("/engine-rest");
        request.setPathInfo("/task/count");
        request.setContentType("application/json");
        request.setContent("{\"orQueries\": [ /* a comment */ ]}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();

        new EngineApiGuard().doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("not valid JSON");
    }

    @Test
    void aPlainBodyReachesTheEngineUnchanged() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/count");
        request.setContentType("application/json");
        request.setContent("{\"assignee\":\"maya\"}".getBytes(StandardCharsets.UTF_8));
        MockFilterChain chain = new MockFilterChain();

        new EngineApiGuard().doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"assignee\":\"maya\"}");
    }

    private ResponseEntity<String> post(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(admin.getUsername(), TestPeople.PASSWORD).postForEntity(path, new HttpEntity<>(json, headers),
                String.class);
    }
}
