package com.mentorflow.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one person's browser sends to get a signed-in Vaadin UI, without running its JavaScript: the login page
 * (a session and its CSRF token, from the page's _csrf meta tags), the login form's POST, the page of a view, then
 * the {@code ?v-r=init} request with which Vaadin's client (Flow.ts) asks the server to create the UI for that
 * location (Vaadin 24 puts no UI in the page itself unless eager server load is on). One HttpClient and cookie
 * jar per person, as browsers do not share them.
 */
final class BrowserOverHttp {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    BrowserOverHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    void signIn(String username, String password) throws IOException, InterruptedException {
        String page = expect(200, get("/login")).body();
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + "&" + find(PARAMETER, page) + "=" + encode(find(TOKEN, page));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = expect(302, answer).headers().firstValue("Location").orElse("");
        if (location.contains("?")) {
            throw new IllegalStateException("Sign-in as " + username + " refused: redirected to " + location);
        }
    }

    /** Opens a view as the browser does: its page, then the UI for its location. */
    void open(String route) throws IOException, InterruptedException {
        expect(200, get("/" + route));
        String init = expect(200, get("/?v-r=init&location=" + encode(route) + "&query=")).body();
        if (!init.contains("\"uidl\"")) {
            throw new IllegalStateException("No UI created for /" + route + ": " + init.substring(0, Math.min(300, init.length())));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ", not " + status);
        }
        return response;
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("The login page carries no " + pattern);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
