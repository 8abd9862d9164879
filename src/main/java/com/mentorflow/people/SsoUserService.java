package com.mentorflow.people;

import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Single sign-on's counterpart of {@link AccountUserDetailsService}: the provider's person becomes the Mentorflow
 * account, whose username is the principal's name (CurrentUser, Camunda's webapps and the tasks rely on it) and whose
 * roles are the authorities. Used by the platform's SingleSignOn only when SSO is configured.
 */
@Component
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SsoSignIn signIn;
    private final SsoProperties properties;

    SsoUserService(SsoSignIn signIn, SsoProperties properties) {
        this.signIn = signIn;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        Account account;
        try {
            account = signIn.signIn(identityOf(person));
        } catch (SsoRefusal refusal) {
            throw new OAuth2AuthenticationException(new OAuth2Error(refusal.code()), refusal.getMessage());
        } catch (RejectedInputException | DataAccessException problem) {
            // E.g. the same person's first sign-in twice at once (the second meets the first one's account): try again.
            throw new OAuth2AuthenticationException(new OAuth2Error("mentorflow_sso_failed"), problem.getMessage());
        }
        List<GrantedAuthority> authorities = account.getRoles().stream()
                .map(Roles::authority).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return new SignedInPerson(account.getUsername(), authorities, person.getIdToken(), person.getUserInfo());
    }

    private SsoIdentity identityOf(OidcUser person) {
        String issuer = person.getIdToken().getIssuer().toString();
        List<String> groups = properties.rolesFromClaim() && person.hasClaim(properties.rolesClaim())
                ? person.getClaimAsStringList(properties.rolesClaim()) : properties.rolesFromClaim() ? List.of() : null;
        return new SsoIdentity(issuer, person.getSubject(), person.getEmail(), person.getEmailVerified(),
                person.getClaimAsString(properties.employeeIdClaim()), person.getFullName(), person.getZoneInfo(), groups);
    }

    /** The provider's person under their Mentorflow username. */
    static final class SignedInPerson extends DefaultOidcUser {

        private final String username;

        SignedInPerson(String username, List<GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo) {
            super(authorities, idToken, userInfo, IdTokenClaimNames.SUB);
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SignedInPerson that && super.equals(other) && username.equals(that.username);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + username.hashCode();
        }
    }
}
