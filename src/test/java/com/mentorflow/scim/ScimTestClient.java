package com.mentorflow.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Talks to /scim/v2 as an identity provider does: bearer token, application/scim+json, any method (PATCH too). */
final class ScimTestClient {

    static final String TOKEN = "test-scim-token-for-the-tests-only";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An answer: status, content type and the body read as JSON (null when empty). */
    record Answer(int status, String contentType, JsonNode body) {
    }

    private final String base;
    private final String authorization;

    ScimTestClient(int port, String authorization) {
        this.base = "http://localhost:" + port + "/scim/v2";
        this.authorization = authorization;
    }

    static ScimTestClient withToken(int port) {
        return new ScimTestClient(port, "Bearer " + TOKEN);
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer filter(String resource, String filter, String more) {
        return get(resource + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8) + (more == null ? "" : "&" + more));
    }

    Answer send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/scim+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/scim+json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    text == null || text.isBlank() ? null : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request body from the providers' documentation (src/test/resources/scim, see SOURCES.md), with the documented
     * identifying values replaced by this run's.
     */
    static String body(String name, Map<String, String> replacements) {
        try (InputStream in = ScimTestClient.class.getResourceAsStream("/scim/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> replacement : replacements.entrySet()) {
                text = text.replace(replacement.getKey(), replacement.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
