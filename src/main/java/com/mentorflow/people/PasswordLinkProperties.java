package com.mentorflow.people;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Links that set a password ({@code mentorflow.password-links.*}) and the address they point to.
 *
 * @param validFor      how long an invitation or "Forgot password?" link works
 * @param resetInterval at most one "Forgot password?" mail per account within this time
 */
@ConfigurationProperties("mentorflow.password-links")
record PasswordLinkProperties(
        @DefaultValue("P7D") Duration validFor,
        @DefaultValue("PT5M") Duration resetInterval) {
}
