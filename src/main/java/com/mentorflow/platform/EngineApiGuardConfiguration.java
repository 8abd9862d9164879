package com.mentorflow.platform;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link EngineApiGuard} in front of engine REST and the webapps' API, before even the login is checked. */
@Configuration(proxyBeanMethods = false)
class EngineApiGuardConfiguration {

    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard() {
        FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(new EngineApiGuard());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // Before Spring Security: the setup endpoints are refused for everyone, signed in or not.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
