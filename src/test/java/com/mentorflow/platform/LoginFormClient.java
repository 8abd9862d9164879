package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/** Signs in the way the browser's login form does: GET /login for a session and its CSRF token, then POST. */
final class LoginFormClient {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final TestRestTemplate http;

    LoginFormClient(TestRestTemplate http) {
        this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    /** The login page's session cookie and the token the form would post. */
    record Page(String cookie, String parameter, String token) {
    }

    Page open(HttpHeaders extra) {
        ResponseEntity<String> page = http.exchange("/login", HttpMethod.GET, new HttpEntity<>(extra), String.class);
        String setCookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(setCookie).as("the login page starts a session").isNotNull();
        return new Page(setCookie.split(";", 2)[0], find(PARAMETER, page.getBody()), find(TOKEN, page.getBody()));
    }

    /** Posts the form of a freshly opened login page. */
    ResponseEntity<String> submit(String username, String password, HttpHeaders extra) {
        Page page = open(extra);
        return post(page.cookie(), "username=" + encode(username) + "&password=" + encode(password)
                + "&" + page.parameter() + "=" + encode(page.token()), extra);
    }

    ResponseEntity<String> post(String cookie, String body, HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(extra);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return http.exchange("/login", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** Signs in and returns the headers that carry the new session. */
    HttpHeaders session(String username, String password) {
        ResponseEntity<String> login = submit(username, password, new HttpHeaders());
        assertThat(login.getHeaders().getLocation()).as("signed in, no ?error").isNotNull().hasNoParameters();
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, login.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";", 2)[0]);
        return session;
    }

    static String encode(String value) {
        return UriUtils.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html == null ? "" : html);
        assertThat(matcher.find()).as("the login page carries %s", pattern).isTrue();
        return matcher.group(1);
    }
}
