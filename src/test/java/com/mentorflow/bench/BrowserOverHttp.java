package com.mentorflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * the {@code ?v-r=init} request with which Vaadin's client (Flow.ts) asks the server to create the UI (Vaadin 24
 * puts none in the page itself unless eager server load is on), and the client's first message, which has the
 * server build the view. One HttpClient and cookie jar per person, as browsers do not share them.
 */
final class BrowserOverHttp {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Opens a view as the browser does: its page; the UI for it ({@code ?v-r=init}); then the client's first message,
     * the {@code ui-navigate} event with which Flow.ts has the server build the view for the location.
     */
    void open(String route) throws IOException, InterruptedException {
        expect(200, get("/" + route));
        JsonNode config = JSON.readTree(expect(200, get("/?v-r=init&location=" + encode(route) + "&query=")).body())
                .path("appConfig");
        JsonNode uidl = config.path("uidl").isTextual() ? JSON.readTree(config.path("uidl").asText()) : config.path("uidl");
        int navigateNode = -1;
        for (JsonNode change : uidl.path("changes")) {
            if ("ui-navigate".equals(change.path("key").asText())) {
                navigateNode = change.path("node").asInt();
            }
        }
        if (!config.has("v-uiId") || navigateNode < 0) {
            throw new IllegalStateException("No UI to navigate for /" + route + ": " + config);
        }
        ObjectNode message = JSON.createObjectNode().put("csrfToken", uidl.path("Vaadin-Security-Key").asText())
                .put("syncId", uidl.path("syncId").asInt()).put("clientId", 0);
        ObjectNode navigate = message.putArray("rpc").addObject().put("type", "event").put("node", navigateNode)
                .put("event", "ui-navigate");
        navigate.putObject("data").put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "")
                .putNull("historyState");
        HttpResponse<String> answer = expect(200, http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId="
                        + config.path("v-uiId").asInt())).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build(), HttpResponse.BodyHandlers.ofString()));
        if (answer.body().contains("appError") || answer.body().contains("sessionExpired")) {
            throw new IllegalStateException("Navigating to /" + route + " failed: " + answer.body());
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
