package com.mentorflow.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the identity provider in: {@code Authorization: Bearer <MENTORFLOW_SCIM_TOKEN>}. Anything else is a SCIM 401.
 * With no token configured provisioning is off and every SCIM request gets a 401 that says so, so whoever sets up
 * Okta or Entra ID reads the reason in their "Test connection" instead of guessing at a 404.
 */
final class ScimBearerTokenFilter extends OncePerRequestFilter {

    static final String CLIENT_ROLE = "SCIM_CLIENT";
    static final String NOT_CONFIGURED = "SCIM provisioning is switched off: no MENTORFLOW_SCIM_TOKEN is configured.";
    static final String WRONG_TOKEN = "A valid bearer token is required (Authorization: Bearer <the SCIM token>).";

    private final byte[] expectedDigest;
    private final SecurityContextHolderStrategy contexts;

    ScimBearerTokenFilter(String token, SecurityContextHolderStrategy contexts) {
        this.expectedDigest = token == null || token.isBlank() ? null : sha256(token.strip());
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (expectedDigest == null) {
            refuse(response, NOT_CONFIGURED);
            return;
        }
        String header = request.getHeader("Authorization");
        // Both sides hashed to the same length first: MessageDigest.isEqual then takes the same time for any guess.
        boolean valid = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(expectedDigest, sha256(header.substring(7).strip()));
        if (!valid) {
            refuse(response, WRONG_TOKEN);
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("scim", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + CLIENT_ROLE))));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Mentorflow SCIM\"");
        response.setContentType("application/scim+json;charset=UTF-8");
        response.getOutputStream().write(("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"401\","
                + "\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
