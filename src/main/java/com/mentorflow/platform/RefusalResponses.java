package com.mentorflow.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The app's one error format, RFC 9457 problem details ({@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, and for refused input {@code errors: [{field, message}]}), built here for {@link ApiErrorHandler}
 * and written here for refusals made before a request reaches Spring MVC (security, firewall, NUL filter). Engine REST
 * keeps Camunda's own shape ({@code type}, {@code message}), which its clients (Cockpit, the Camunda Modeler) read.
 */
final class RefusalResponses {

    static final String NOT_ALLOWED = "You are signed in, but this is not open to you.";
    static final String SIGN_IN = "Please sign in: send your username and password (HTTP Basic) or a session cookie.";
    static final String SESSION_WITHOUT_TOKEN = "A call with the session cookie that changes something needs the "
            + "X-CSRF-TOKEN header (the token is in the page's _csrf meta tag); or sign in with HTTP Basic instead.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RefusalResponses() {
    }

    /** A problem; {@code problems} (field to message, may be null) become the {@code errors} member. */
    static ProblemDetail problem(HttpStatus status, String detail, Map<String, String> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (problems != null) {
            problem.setProperty("errors", problems.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new FieldError(e.getKey(), e.getValue())).toList());
            // The same as a map, as the API answered before issue 14; kept so existing clients keep working.
            problem.setProperty("problems", problems);
        }
        return problem;
    }

    /** One refused field, as {@code errors} lists it. */
    record FieldError(String field, String message) {
    }

    static boolean isEngineRest(HttpServletRequest request) {
        return path(request).startsWith("/engine-rest");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String sentence,
                      Map<String, String> problems) throws IOException {
        if (isEngineRest(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", status == 409 ? "Conflict" : "InvalidRequestException");
            body.put("message", sentence);
            if (problems != null) {
                body.put("problems", problems);
            }
            send(response, status, MediaType.APPLICATION_JSON_VALUE, body);
            return;
        }
        write(request, response, problem(HttpStatus.valueOf(status), sentence, problems));
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", (problem.getInstance() == null ? URI.create(request.getRequestURI()) : problem.getInstance())
                .toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        send(response, problem.getStatus(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, body);
    }

    private static void send(HttpServletResponse response, int status, String contentType, Map<String, Object> body)
            throws IOException {
        response.setStatus(status);
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter, as Spring MVC writes problems too.
        response.setContentType(contentType);
        JSON.writeValue(response.getOutputStream(), body);
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
