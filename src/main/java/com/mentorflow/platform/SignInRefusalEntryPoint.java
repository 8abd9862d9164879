package com.mentorflow.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/** HTTP Basic's answer: 429 with Retry-After and a sentence while throttled, otherwise the usual 401 challenge. */
final class SignInRefusalEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

    SignInRefusalEntryPoint() {
        basic.setRealmName("Mentorflow");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof SignInThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(throttled.getMessage().getBytes(StandardCharsets.UTF_8));
            return;
        }
        basic.commence(request, response, refusal);
    }
}
