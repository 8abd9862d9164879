package com.mentorflow;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The HTTP client of the tests' TestRestTemplate, without Apache HttpClient's automatic retries. Its default retry
 * strategy honours 429 with Retry-After: a test that checks a sign-in lock (Retry-After: 30, on a test clock that
 * never lets the lock run out) waited 30 s of real time for the same 429 again, six times in the suite.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestHttpClient {

    @Bean
    ClientHttpRequestFactoryBuilder<?> clientHttpRequestFactoryBuilder() {
        return ClientHttpRequestFactoryBuilder.httpComponents()
                .withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
    }
}
