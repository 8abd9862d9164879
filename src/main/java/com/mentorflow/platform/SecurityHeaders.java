package com.mentorflow.platform;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Response headers for every chain, on top of Spring Security's defaults (X-Content-Type-Options: nosniff,
 * X-Frame-Options: DENY, no caching of signed-in pages, and HSTS on requests that arrived over HTTPS).
 */
final class SecurityHeaders {

    /**
     * What Vaadin and the bpmn-js/dmn-js editors work under: Flow evaluates code it is sent (executeJs) and its
     * bootstrap page carries inline script, so scripts need 'unsafe-inline' and 'unsafe-eval'; components and
     * diagrams set inline styles; diagrams and icons use data:/blob: images. What the policy still buys: nothing
     * is loaded from or sent to another origin, no plugins, no foreign framing, forms post only here.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=()";

    private SecurityHeaders() {
    }

    /** The app's own pages and APIs. */
    static Customizer<HeadersConfigurer<HttpSecurity>> app() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
    }

    /** Camunda's webapps set their own Content-Security-Policy: a second one would only narrow theirs. */
    static Customizer<HeadersConfigurer<HttpSecurity>> camundaWebapps() {
        return SecurityHeaders::common;
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
