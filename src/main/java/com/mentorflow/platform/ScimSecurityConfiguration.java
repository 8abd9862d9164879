package com.mentorflow.platform;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Identity providers (Okta, Entra ID) provision people at {@code /scim/v2}: a chain of its own, before all others,
 * that knows only the SCIM bearer token. Stateless (no session, no cookie), so there is nothing for CSRF to protect:
 * a browser cannot attach the token to a forged request.
 */
@Configuration(proxyBeanMethods = false)
class ScimSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain scimChain(HttpSecurity http, @Value("${mentorflow.scim.token:}") String token,
                                  ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        // The same strategy the chain's authorization reads (Vaadin supplies its own as a bean).
        ScimBearerTokenFilter bearer = new ScimBearerTokenFilter(token,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        return http.securityMatcher(withDefaults().matcher("/scim/**"))
                .addFilterAfter(bearer, SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ScimBearerTokenFilter.CLIENT_ROLE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders.app())
                .build();
    }
}
