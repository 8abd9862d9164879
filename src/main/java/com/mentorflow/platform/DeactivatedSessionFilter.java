package com.mentorflow.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session opened before its person was deactivated (or erased) stops at its next request: the session ends and
 * the request goes on as anonymous, so pages send the person to the login page, which says why; the API answers
 * 401. One indexed lookup per signed-in request, read from the database so every node agrees at once.
 */
final class DeactivatedSessionFilter extends OncePerRequestFilter {

    /** Set on the fresh session, so the login page the browser reloads to can say what happened. */
    public static final String SIGNED_OUT_DEACTIVATED = "mentorflow.signed-out-deactivated";

    private final UserDetailsService people;
    private final RequestMatcher redirectToLogin;

    /** @param redirectToLogin the requests answered with a redirect to {@code /login?deactivated} (page loads) */
    DeactivatedSessionFilter(UserDetailsService people, RequestMatcher redirectToLogin) {
        this.people = people;
        this.redirectToLogin = redirectToLogin;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken
                || stillActive(signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        SecurityContextHolder.clearContext();
        request.getSession(true).setAttribute(SIGNED_OUT_DEACTIVATED, Boolean.TRUE);
        if ("GET".equals(request.getMethod()) && redirectToLogin.matches(request)) {
            response.sendRedirect(request.getContextPath() + "/login?deactivated");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillActive(Authentication signedIn) {
        try {
            return people.loadUserByUsername(signedIn.getName()).isEnabled();
        } catch (UsernameNotFoundException e) {
            // A password sign-in whose account is gone (erased) ends; another kind of principal (single sign-on)
            // may be named differently from its account, and its own module checks it.
            return !(signedIn.getPrincipal() instanceof UserDetails);
        }
    }
}
