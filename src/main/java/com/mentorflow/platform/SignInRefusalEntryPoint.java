package com.mentorflow.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * HTTP Basic's answer, as a problem ({@link RefusalResponses}): 429 with Retry-After and a sentence while throttled,
 * otherwise 401 with the Basic challenge. Engine REST keeps its own shapes: Camunda's for 429, Spring's plain 401.
 */
final class SignInRefusalEntryPoint implements AuthenticationEntryPoint {

    private static final String CHALLENGE = "Basic realm=\"Mentorflow\"";
    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

    SignInRefusalEntryPoint() {
        basic.setRealmName("Mentorflow");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            RefusalResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), throttled.getMessage(), null);
            return;
        }
        if (RefusalResponses.isEngineRest(request)) {
            basic.commence(request, response, refusal);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        RefusalResponses.write(request, response, RefusalResponses.problem(HttpStatus.UNAUTHORIZED,
                RefusalResponses.say(request, RefusalResponses.SIGN_IN_KEY), null));
    }
}
