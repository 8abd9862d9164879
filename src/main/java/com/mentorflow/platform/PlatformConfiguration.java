package com.mentorflow.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class PlatformConfiguration {

    /** Domain time; tests replace it to move through retries and deadlines without waiting. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
