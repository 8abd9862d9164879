package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.SsoClient;
import com.mentorflow.SsoProvider;
import com.mentorflow.MentorflowTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ResolvableType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on at the security chains: one SSO session opens engine REST and Camunda's webapps for an admin,
 * passwords are refused when local login is off (.ci/run checks the login form and HTTP Basic on the jar), and signing
 * out ends the provider's session too.
 */
@MentorflowTest
class SingleSignOnSecurityTest {

    /** The demo admin (admin@example.com) has no directory entry: the first SSO sign-in finds the account by e-mail. */
    static final String ADMIN_CLAIMS = "{\"email\": \"admin@example.com\", \"groups\": [\"" + SsoProvider.ADMINS + "\"]}";

    @LocalServerPort int port;
    @Autowired UserDetailsService people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired SignInThrottle throttle;
    @Autowired SingleSignOn singleSignOn;

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
    void withLocalLoginOffThePasswordCheckOfEveryChainRefusesEvenTheRightPassword() {
        UsernamePasswordAuthenticationToken maya = UsernamePasswordAuthenticationToken.unauthenticated("maya", "mentorflow-demo");
        SecurityConfiguration configuration = new SecurityConfiguration();
        assertThat(configuration.authenticationProvider(people, passwordEncoder, throttle, singleSignOn, true)
                .authenticate(maya).isAuthenticated()).as("local login on: the demo password works").isTrue();

        // The one AuthenticationProvider serves the login form and HTTP Basic on /api, /actuator and /engine-rest.
        AuthenticationProvider switchedOff = configuration.authenticationProvider(people, passwordEncoder, throttle,
                singleSignOn, false);
        assertThatThrownBy(() -> switchedOff.authenticate(maya)).isInstanceOf(BadCredentialsException.class)
                .hasMessage(PasswordsSwitchedOff.MESSAGE);
    }

    @Test
    void localLoginCannotBeSwitchedOffWithoutSingleSignOn() {
        SingleSignOn notConfigured = new SingleSignOn(new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class),
                new StaticListableBeanFactory().getBeanProvider(ResolvableType.forClassWithGenerics(OAuth2UserService.class,
                        OidcUserRequest.class, OidcUser.class)));
        assertThatThrownBy(() -> new SecurityConfiguration().authenticationProvider(people, passwordEncoder, throttle,
                notConfigured, false)).isInstanceOf(IllegalStateException.class).hasMessageContaining("no one could sign in");
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
