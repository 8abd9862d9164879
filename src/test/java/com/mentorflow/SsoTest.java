package com.mentorflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring set-up of the single sign-on tests: {@link MentorflowTest}'s, plus a real OIDC provider
 * ({@link SsoProvider}, started before the context) as the registration {@code sso}, roles from its {@code groups}
 * claim and local (password) login switched off. Every SSO test class uses exactly this, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
@ContextConfiguration(initializers = SsoProvider.class)
public @interface SsoTest {
}
