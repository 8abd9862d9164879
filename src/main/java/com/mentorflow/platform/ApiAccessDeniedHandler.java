package com.mentorflow.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** The API chain's 403, as a problem: a missing CSRF token says how to send one, any other refusal says no. */
final class ApiAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        String detail = RefusalResponses.say(request, refused instanceof CsrfException
                ? RefusalResponses.SESSION_WITHOUT_TOKEN_KEY : RefusalResponses.NOT_ALLOWED_KEY);
        RefusalResponses.write(request, response, RefusalResponses.problem(HttpStatus.FORBIDDEN, detail, null));
    }
}
