package com.mentorflow.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request that a browser sends from another site, however it is authenticated: a
 * browser attaches cached Basic credentials and session cookies to a forged cross-site POST, so neither proves
 * intent. Browsers say where a request comes from ({@code Sec-Fetch-Site}, {@code Origin}); scripts, curl and the
 * desktop Camunda Modeler send neither and keep working. Our own origin is the one the request was addressed to,
 * as seen after the proxy's forwarded headers (server.forward-headers-strategy).
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final String REFUSAL_KEY = "platform.refusal.crossSite";
    /** In English, as tests read it; a person reads it in their browser's language. */
    static final String REFUSAL = Texts.text(Languages.ENGLISH, REFUSAL_KEY);
    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequestFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
            // Behind a proxy that rewrites Host without X-Forwarded-Host every browser write lands here: say so.
            log.info("Refused {} {} from another site (Origin {}, Sec-Fetch-Site {}); this app sees itself as {}://{}:{}",
                    request.getMethod(), request.getRequestURI(), request.getHeader("Origin"),
                    request.getHeader("Sec-Fetch-Site"), request.getScheme(), request.getServerName(), request.getServerPort());
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                RefusalResponses.write(request, response, 403, RefusalResponses.say(request, REFUSAL_KEY), null);
                return;
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(RefusalResponses.say(request, REFUSAL_KEY).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        // "same-site" is a sibling host (another app on the same domain): not us either.
        if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !isOwnOrigin(origin.strip(), request);
    }

    /** "null" (sandboxed frames, cross-site redirects) and anything unreadable count as foreign. */
    private static boolean isOwnOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = new URI(origin);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(scheme);
            return scheme.equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
    }
}
