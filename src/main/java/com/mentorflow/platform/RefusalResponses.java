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

    static final String NOT_ALLOWED_KEY = "platform.refusal.notAllowed";
    static final String SIGN_IN_KEY = "platform.refusal.signIn";
    static final String SESSION_WITHOUT_TOKEN_KEY = "platform.refusal.sessionWithoutToken";
    /** The sentences in English, as tests and logs read them. */
    static final String NOT_ALLOWED = Texts.text(Languages.ENGLISH, NOT_ALLOWED_KEY);
    static final String SIGN_IN = Texts.text(Languages.ENGLISH, SIGN_IN_KEY);
    static final String SESSION_WITHOUT_TOKEN = Texts.text(Languages.ENGLISH, SESSION_WITHOUT_TOKEN_KEY);

    private static final ObjectMapper JSON = new ObjectMapper();

    private RefusalResponses() {
    }

    /**
     * A sentence of a refusal made before Spring MVC, in the best of the request's Accept-Language that is ours, else
     * English: the caller's chosen language is not known this early (nor, for sign-in refusals, the caller).
     */
    static String say(HttpServletRequest request, String key, Object... arguments) {
        return Texts.text(reader(request), key, arguments);
    }

    static java.util.Locale reader(HttpServletRequest request) {
        return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
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
