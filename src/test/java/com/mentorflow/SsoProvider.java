package com.mentorflow;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * mock-oauth2-server, a real OIDC provider (discovery, PKCE, signed ID tokens, end_session_endpoint), started once per
 * test JVM on a free port before the test context, which it configures to use it. Its sign-in page takes
 * any subject and a JSON object of claims (interactive login), so each test says who signs in. Part of the one
 * test context ({@link MentorflowTest}): a second context in the same JVM would replace the static security context
 * holder (Vaadin's strategy) and Camunda's engine registry under the first.
 */
public final class SsoProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER_ID = "sso";
    public static final String CLIENT_NAME = "Mock IdP";
    public static final String ADMINS = "mentorflow-admins";
    public static final String PROGRAM_MANAGERS = "mentorflow-program-managers";

    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(
                    "{\"interactiveLogin\": true, \"httpServer\": \"NettyWrapper\"}"));
            server.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    /** Without the trailing slash, as the provider writes it into its tokens. */
    public static String issuer() {
        String url = server().issuerUrl(ISSUER_ID).toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.security.oauth2.client.registration.sso.client-id=mentorflow",
                "spring.security.oauth2.client.registration.sso.client-secret=mentorflow-test-secret",
                "spring.security.oauth2.client.registration.sso.client-name=" + CLIENT_NAME,
                "spring.security.oauth2.client.registration.sso.scope=openid,profile,email",
                "spring.security.oauth2.client.provider.sso.issuer-uri=" + issuer(),
                "mentorflow.sso.roles-claim=groups",
                "mentorflow.sso.role-groups.admin=" + ADMINS,
                "mentorflow.sso.role-groups.program-manager=" + PROGRAM_MANAGERS
        ).applyTo(context);
    }
}
