package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** What the browser is told: the security headers, the session cookie, the login form's CSRF token, HTTPS proxies. */
@MentorflowTest
class BrowserHeadersTest {

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;

    @Test
    void pagesAndApisCarryTheSecurityHeaders() {
        Account person = TestPeople.participant(accounts, "headers");
        List<ResponseEntity<String>> responses = List.of(
                noRedirects().getForEntity("/login", String.class),
                noRedirects().withBasicAuth(person.getUsername(), TestPeople.PASSWORD).getForEntity("/api/tasks", String.class),
                noRedirects().getForEntity("/engine-rest/engine", String.class),
                noRedirects().getForEntity("/actuator/health", String.class));

        for (ResponseEntity<String> response : responses) {
            HttpHeaders headers = response.getHeaders();
            assertThat(headers.get("Content-Security-Policy")).containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(headers.getFirst("Strict-Transport-Security")).as("plain HTTP").isNull();
        }
    }

    @Test
    void camundaWebappsKeepTheirOwnContentSecurityPolicy() {
        Account admin = TestPeople.create(accounts, "headers-admin", Roles.ADMIN);
        HttpHeaders session = new LoginFormClient(http).session(admin.getUsername(), TestPeople.PASSWORD);

        HttpHeaders cockpit = noRedirects().exchange("/camunda/app/cockpit/default/", HttpMethod.GET, new HttpEntity<>(session),
                String.class).getHeaders();

        assertThat(cockpit.get("Content-Security-Policy")).singleElement().isNotEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(cockpit.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(cockpit.getFirst("Permissions-Policy")).contains("camera=()");
    }

    @Test
    void behindAnHttpsProxyRedirectsStayOnHttpsAndHstsIsSent() {
        HttpHeaders proxied = new HttpHeaders();
        proxied.add("X-Forwarded-Proto", "https");
        proxied.add("X-Forwarded-Host", "mentorflow.example.org");

        ResponseEntity<String> cockpit = noRedirects().exchange("/camunda/app/cockpit/default/", HttpMethod.GET,
                new HttpEntity<>(proxied), String.class);
        ResponseEntity<String> home = noRedirects().exchange("/", HttpMethod.GET, new HttpEntity<>(proxied), String.class);

        assertThat(cockpit.getHeaders().getLocation()).hasToString("https://mentorflow.example.org/login");
        assertThat(home.getHeaders().getLocation()).hasToString("https://mentorflow.example.org/login");
        assertThat(home.getHeaders().getFirst("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(noRedirects().exchange("/login", HttpMethod.GET, new HttpEntity<>(proxied), String.class).getHeaders()
                .getFirst(HttpHeaders.SET_COOKIE)).as("the session cookie").contains("Secure");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        String cookie = noRedirects().getForEntity("/login", String.class).getHeaders().getFirst(HttpHeaders.SET_COOKIE);

        assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() {
        Account person = TestPeople.participant(accounts, "login-csrf");
        LoginFormClient form = new LoginFormClient(http);
        LoginFormClient.Page page = form.open(new HttpHeaders());
        String credentials = "username=" + person.getUsername() + "&password=" + TestPeople.PASSWORD;

        ResponseEntity<String> withoutToken = form.post(page.cookie(), credentials, new HttpHeaders());
        ResponseEntity<String> wrongToken = form.post(page.cookie(), credentials + "&" + page.parameter() + "=forged",
                new HttpHeaders());
        ResponseEntity<String> noSession = form.post(null, credentials, new HttpHeaders());
        ResponseEntity<String> withToken = form.post(page.cookie(), credentials + "&" + page.parameter() + "="
                + LoginFormClient.encode(page.token()), new HttpHeaders());

        for (ResponseEntity<String> refused : List.of(withoutToken, wrongToken, noSession)) {
            assertThat(refused.getHeaders().getLocation()).as(refused.toString()).hasPath("/login").hasQuery("expired");
            assertThat(tasksWith(sessionOf(refused, page.cookie()))).as("not signed in").isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(withToken.getHeaders().getLocation()).hasPath("/").hasNoParameters();
        assertThat(tasksWith(sessionOf(withToken, page.cookie()))).isEqualTo(HttpStatus.OK);
    }

    private static String sessionOf(ResponseEntity<String> response, String before) {
        String setCookie = response.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        return setCookie == null ? before : setCookie.split(";", 2)[0];
    }

    private HttpStatusCode tasksWith(String cookie) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        return noRedirects().exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode();
    }

    private TestRestTemplate noRedirects() {
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }
}
