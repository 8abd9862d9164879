package com.mentorflow.platform;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * The password check when {@code mentorflow.auth.local-login=false}: every password is refused, on the login form and
 * in HTTP Basic alike, so the identity provider's rules (MFA, leavers) apply to every sign-in. Nothing is looked up,
 * so it also tells no one which usernames exist.
 */
final class PasswordsSwitchedOff implements AuthenticationProvider {

    static final String MESSAGE = "Signing in with a password is switched off here: please use single sign-on.";

    @Override
    public Authentication authenticate(Authentication attempt) {
        throw new BadCredentialsException(MESSAGE);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
