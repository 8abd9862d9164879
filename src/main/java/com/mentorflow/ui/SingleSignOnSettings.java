package com.mentorflow.ui;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What the login page needs to know about single sign-on: whether the registration {@code sso} is configured, the
 * provider's name for the button ({@code mentorflow.sso.display-name}, else the registration's client-name) and whether
 * the password form is offered at all ({@code mentorflow.auth.local-login}).
 */
@Component
class SingleSignOnSettings {

    /** Spring Security's authorization request endpoint for the registration {@code sso}. */
    static final String START_PATH = "oauth2/authorization/sso";

    private final String providerName;
    private final boolean localLogin;

    SingleSignOnSettings(ObjectProvider<ClientRegistrationRepository> registrations, Environment environment) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        ClientRegistration registration = repository == null ? null : repository.findByRegistrationId("sso");
        String configured = environment.getProperty("mentorflow.sso.display-name");
        this.providerName = registration == null ? null
                : StringUtils.hasText(configured) ? configured.strip()
                : StringUtils.hasText(registration.getClientName()) && !"sso".equals(registration.getClientName())
                        ? registration.getClientName() : "single sign-on";
        this.localLogin = environment.getProperty("mentorflow.auth.local-login", Boolean.class, true);
    }

    boolean configured() {
        return providerName != null;
    }

    /** The name on the button, e.g. "Keycloak" in "Sign in with Keycloak". */
    String providerName() {
        return providerName;
    }

    boolean localLogin() {
        return localLogin;
    }
}
