package com.mentorflow.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Addresses such as {@code //engine-rest/engine}, {@code /api/%2e%2e/x} or {@code /api;x=1} are refused with 400 and
 * a sentence, never a 500. Spring Security's firewall knows them, but its refusal ended as a 500, and before it runs
 * Spring's path parsing failed on some of them with an exception of its own (the raw address of a request Tomcat
 * mapped to the engine REST servlet). So the same firewall checks every request first, here, and the handler answers
 * refusals the security filter chain still finds (e.g. in headers). Kept out of SecurityConfiguration on purpose.
 */
@Configuration(proxyBeanMethods = false)
class MalformedRequestConfiguration {

    private static final String SENTENCE_KEY = "platform.refusal.malformedAddress";
    /** In English, as tests read it; a person reads it in their browser's language. */
    static final String SENTENCE = Texts.text(Languages.ENGLISH, SENTENCE_KEY);

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestConfiguration.class);

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return MalformedRequestConfiguration::refuse;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> firewallFirst(ObjectProvider<HttpFirewall> configured) {
        HttpFirewall firewall = configured.getIfAvailable(StrictHttpFirewall::new);
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    firewall.getFirewalledRequest(request);
                } catch (RequestRejectedException rejected) {
                    refuse(request, response, rejected);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        // Scanners send these all day: one line at debug, and never the address itself.
        log.debug("Refused a malformed request address ({} {})", request.getMethod(), rejected.getClass().getSimpleName());
        RefusalResponses.write(request, response, 400, RefusalResponses.say(request, SENTENCE_KEY), null);
    }
}
