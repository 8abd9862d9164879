package com.mentorflow.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes published holes of Camunda 7.24 CE, which gets no more fixes, in front of engine REST and the webapps'
 * API (see SECURITY.md):
 * <ul>
 *   <li>CVE-2026-77226: the Admin webapp's first-run setup can create an admin when the admin group looks empty.
 *       Every setup endpoint is refused, for everyone: Mentorflow makes its first admin itself.</li>
 *   <li>CVE-2026-109432: expressions in a task query's {@code orQueries} are evaluated although ad-hoc query
 *       expressions are off. Any query that carries an expression field ({@code …Expression}) anywhere — in
 *       the query string or at any depth of a JSON body — is refused before the engine reads it.</li>
 * </ul>
 */
class EngineApiGuard extends OncePerRequestFilter {

    private static final String SETUP = "/camunda/api/admin/setup/";
    private static final int LARGEST_JSON_BODY = 5 * 1024 * 1024;
    private static final java.util.Set<String> BODY_METHODS = java.util.Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The servlet container's decoded, normalised path: "/camunda/api/admin/./%73etup/…" is the setup too.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith(SETUP)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "The first-run setup of Camunda's Admin webapp is switched "
                    + "off: Mentorflow creates its first admin from MENTORFLOW_ADMIN_USERNAME, and admins grant roles.");
            return;
        }
        Optional<String> field = expressionInQueryString(request.getQueryString());
        HttpServletRequest forward = request;
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        // Every body but a multipart one (deployments): Jersey hands a body without a content type to the engine's
        // JSON endpoints too, and some of them parse a String body themselves.
        if (field.isEmpty() && !type.startsWith("multipart/") && BODY_METHODS.contains(request.getMethod())) {
            byte[] body = request.getInputStream().readNBytes(LARGEST_JSON_BODY + 1);
            if (body.length > LARGEST_JSON_BODY) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body is larger than 5 MB.");
                return;
            }
            try {
                field = body.length == 0 ? Optional.empty() : find(json.readTree(body));
            } catch (IOException e) {
                // What this parser cannot read might still be read by the engine's: refuse rather than guess.
                if (type.isEmpty() || type.contains("json")) {
                    refuse(response, HttpServletResponse.SC_BAD_REQUEST, "The request body is not valid JSON.");
                    return;
                }
            }
            forward = new CachedBodyRequest(request, body);
        }
        if (field.isPresent()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Expressions are not accepted in queries (\"" + field.get()
                    + "\"): ask with plain values, e.g. \"assignee\" instead of \"assigneeExpression\".");
            return;
        }
        chain.doFilter(forward, response);
    }

    /** Camunda names every query field that takes an expression "…Expression" (assigneeExpression, dueAfterExpression…). */
    static boolean isExpressionField(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("expression");
    }

    private static Optional<String> expressionInQueryString(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (isExpressionField(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (isExpressionField(name)) {
                    return Optional.of(name);
                }
                Optional<String> inside = find(node.get(name));
                if (inside.isPresent()) {
                    return inside;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<String> inside = find(element);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        // Camunda's own error shape, so Cockpit and Tasklist show the sentence.
        response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
