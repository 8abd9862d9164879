package com.mentorflow.platform;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password check (login form, HTTP Basic on /api, /actuator and /engine-rest) goes through here: refused
 * outright while {@link SignInThrottle} has the client locked, counted when wrong, cleared when right.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = addressOf(attempt);
        throttle.checkAllowed(username, address);
        try {
            Authentication result = passwords.authenticate(attempt);
            if (result != null) {
                throttle.succeeded(username, address);
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** The client's address as Tomcat sees it, after a trusted proxy's X-Forwarded-For. */
    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "an unknown address";
    }
}
