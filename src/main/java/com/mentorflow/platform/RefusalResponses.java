package com.mentorflow.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refusals written before a request reaches Spring MVC or Jersey, in the shape each API answers with: engine REST
 * as Camunda does ({@code type}, {@code message}), everything else as an RFC 9457 problem like {@link ApiErrorHandler}.
 */
final class RefusalResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RefusalResponses() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String sentence,
                      Map<String, String> problems) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/engine-rest")) {
            body.put("type", status == 409 ? "Conflict" : "InvalidRequestException");
            body.put("message", sentence);
            response.setContentType("application/json");
        } else {
            body.put("type", "about:blank");
            body.put("title", status == 409 ? "Conflict" : status == 413 ? "Payload Too Large" : "Bad Request");
            body.put("status", status);
            body.put("detail", sentence);
            response.setContentType("application/problem+json");
        }
        if (problems != null) {
            body.put("problems", problems);
        }
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
