package com.mentorflow.platform;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Single sign-on (OIDC authorization code flow with PKCE) on the Vaadin chain, when the registration {@code sso} is
 * configured (spring.security.oauth2.client.registration.sso.*; Boot then provides a ClientRegistrationRepository).
 * Without it nothing changes. The people module's user service turns the provider's person into the Mentorflow
 * account (username as the principal's name, the account's roles as authorities), so CurrentUser, Camunda's
 * webapps and engine REST see an SSO session like a password one. Signing out also ends the provider's session.
 */
@Component
class SingleSignOn {

    static final String REGISTRATION_ID = "sso";
    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private final ClientRegistrationRepository registrations;
    private final ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> people;

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations,
                 ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> people) {
        this.registrations = registrations.getIfAvailable();
        this.people = people;
    }

    boolean configured() {
        return registrations != null && registrations.findByRegistrationId(REGISTRATION_ID) != null;
    }

    void configure(HttpSecurity http) throws Exception {
        if (!configured()) {
            return;
        }
        // PKCE also for confidential clients (a stolen code is useless without the verifier).
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login
                .loginPage("/login")
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(people.getObject()))
                .failureHandler(SingleSignOn::refused));
    }

    /**
     * RP-initiated logout: the provider ends its session too, then sends the browser back to the login page. Given to
     * Vaadin's configurer, so the "Sign out" button (AuthenticationContext.logout) and POST /logout both use it.
     */
    Optional<LogoutSuccessHandler> logoutSuccessHandler() {
        if (!configured()) {
            return Optional.empty();
        }
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        // From the "Sign out" button the answer is a Vaadin round-trip: the browser is sent on with Page.setLocation.
        logout.setRedirectStrategy(new UidlRedirectStrategy());
        return Optional.of(logout);
    }

    /** A person the directory does not know gets a page that says so; a deactivated one the login page's sentence. */
    private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        String code = refusal instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        String target = switch (code) {
            case SsoRefusals.UNKNOWN_PERSON -> "/sign-in-refused";
            case SsoRefusals.DEACTIVATED -> "/login?deactivated";
            default -> "/login?sso-failed";
        };
        if (target.endsWith("sso-failed")) {
            log.warn("Single sign-on failed: {}", refusal.getMessage());
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
