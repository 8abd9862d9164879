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
 * The one Spring test set-up. Every integration test uses exactly this, so Spring caches a single context
 * (one embedded PostgreSQL, one engine) for the whole suite. Single sign-on is configured against a real OIDC
 * provider the tests start ({@link SsoProvider}); password sign-in works beside it, as in a company that keeps both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, TestHttpClient.class})
@ContextConfiguration(initializers = SsoProvider.class)
public @interface MentorflowTest {
}
