package com.mentorflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for the SSO tests: its own cookies, and redirects followed by hand so each hop can be
 * checked. Signs in the way a person does: Mentorflow → the provider's sign-in form (subject and claims) → back.
 */
public final class SsoClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public SsoClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /**
     * @param claimsJson e.g. {@code {"email": "a@example.com", "groups": ["mentorflow-admins"]}}
     * @return where Mentorflow sends the browser after the provider's answer (path and query), e.g. "/"
     */
    public String signIn(String subject, String claimsJson) {
        HttpResponse<String> start = get(base + "/oauth2/authorization/sso");
        assertThat(start.statusCode()).as("Mentorflow sends the browser to the provider").isEqualTo(302);
        String authorize = location(start);
        assertThat(authorize).startsWith(SsoProvider.issuer() + "/authorize").contains("code_challenge=")
                .contains("code_challenge_method=S256");
        HttpResponse<String> form = get(authorize);
        assertThat(form.body()).as("the provider's sign-in form").contains("name=\"username\"");
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", subject, "claims", claimsJson)))).build());
        assertThat(signedIn.statusCode()).as("the provider answers with the code").isEqualTo(302);
        HttpResponse<String> back = get(location(signedIn));
        assertThat(back.statusCode()).as("Mentorflow answers the callback with a redirect").isEqualTo(302);
        return location(back).replace(base, "");
    }

    public HttpResponse<String> get(String urlOrPath) {
        return send(HttpRequest.newBuilder(URI.create(urlOrPath.startsWith("/") ? base + urlOrPath : urlOrPath)).GET().build());
    }

    /** POSTs a form with the CSRF token of the session's login page (as the Vaadin pages carry it). */
    public HttpResponse<String> postWithCsrf(String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("_csrf", token.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect: " + response.statusCode() + " " + response.uri()));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
