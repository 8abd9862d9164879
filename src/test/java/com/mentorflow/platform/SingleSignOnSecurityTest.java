package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.SsoClient;
import com.mentorflow.SsoProvider;
import com.mentorflow.SsoTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Single sign-on at the security chains: one SSO session opens engine REST and Camunda's webapps for an admin,
 * passwords are refused when local login is off, and signing out ends the provider's session too.
 */
@SsoTest
class SingleSignOnSecurityTest {

    /** The demo admin (admin@example.com) has no directory entry: the first SSO sign-in finds the account by e-mail. */
    static final String ADMIN_CLAIMS = "{\"email\": \"admin@example.com\", \"groups\": [\"" + SsoProvider.ADMINS + "\"]}";

    @LocalServerPort int port;

    @Test
    void anAdminSignedInBySsoUsesEngineRestAndCockpitWithThatSession() {
        SsoClient browser = new SsoClient(port);
        assertThat(browser.signIn("admin-subject", ADMIN_CLAIMS)).isEqualTo("/");

        HttpResponse<String> engine = browser.get("/engine-rest/engine");
        assertThat(engine.statusCode()).isEqualTo(200);
        assertThat(engine.body()).contains("\"name\"");
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> camundaUser = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(camundaUser.statusCode()).as("Camunda's webapps know who is signed in").isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"admin\"").contains("cockpit");
    }

    @Test
    void aParticipantSignedInBySsoIsNoAdminForEngineRest() {
        SsoClient browser = new SsoClient(port);
        assertThat(browser.signIn("nina-subject", "{\"email\": \"nina.larsen@example.com\"}")).isEqualTo("/");
        assertThat(browser.get("/engine-rest/engine").statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/tasks").statusCode()).as("the app's own API takes the session").isEqualTo(200);
    }

    @Test
    void withLocalLoginOffAPasswordIsRefusedOnTheFormAndInHttpBasic() {
        SsoClient browser = new SsoClient(port);
        HttpResponse<String> form = browser.postWithCsrf("/login", Map.of("username", "maya", "password", "mentorflow-demo"));
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(SsoClient.location(form)).endsWith("/login?error");
        assertThat(browser.get("/api/tasks").statusCode()).as("not signed in").isEqualTo(401);

        HttpResponse<String> basic = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tasks"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("maya:mentorflow-demo".getBytes()))
                .GET().build());
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutEndsTheProvidersSessionTooAndComesBackToTheLoginPage() {
        SsoClient browser = new SsoClient(port);
        browser.signIn("admin-subject", ADMIN_CLAIMS);

        HttpResponse<String> logout = browser.postWithCsrf("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        String endSession = SsoClient.location(logout);
        assertThat(endSession).startsWith(SsoProvider.server().endSessionEndpointUrl(SsoProvider.ISSUER_ID).toString())
                .contains("id_token_hint=")
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/login?logout");
        assertThat(browser.get("/engine-rest/engine").statusCode()).as("signed out here").isEqualTo(401);
    }
}
