package com.mentorflow.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request to the HTTP APIs ({@code /api}, {@code /engine-rest}) that carries a NUL character in a query
 * parameter, a form field or anywhere in a JSON body (value or name), before any service or SQL sees it: 400 with
 * a sentence naming the field, and one log line without the text. Multipart bodies (deployments) are not read:
 * their files may hold binary data.
 */
class NulCharacterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(NulCharacterFilter.class);
    private static final JsonFactory JSON = new JsonFactory();
    /** The body is held in memory for the check; no JSON command of these APIs comes near this. */
    private static final int LARGEST_JSON_BODY = 5 * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        HttpServletRequest passOn = request;
        Optional<String> field;
        if (type.startsWith("application/x-www-form-urlencoded")) {
            // The container parses the form; reading the body here would leave the API without its parameters.
            field = inParameters(request.getParameterMap());
        } else {
            field = inQuery(request.getQueryString());
            if (field.isEmpty() && type.contains("json")) {
                byte[] body = request.getInputStream().readNBytes(LARGEST_JSON_BODY + 1);
                if (body.length > LARGEST_JSON_BODY) {
                    RefusalResponses.write(request, response, 413, RefusalResponses.say(request, "platform.refusal.bodyTooLarge"), null);
                    return;
                }
                field = inJson(body);
                passOn = new CachedBodyRequest(request, body);
            }
        }
        if (field.isPresent()) {
            log.info("Refused {} {}: a NUL character in {}", request.getMethod(), request.getRequestURI(), field.get());
            String nul = NulCharacters.SENTENCE.in(RefusalResponses.reader(request));
            RefusalResponses.write(request, response, 400, RefusalResponses.say(request, "platform.refusal.notAcceptedBecause", nul),
                    Map.of(field.get(), nul));
            return;
        }
        chain.doFilter(passOn, response);
    }

    private static Optional<String> inParameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (NulCharacters.in(parameter.getKey())) {
                return Optional.of("a parameter name");
            }
            for (String value : parameter.getValue()) {
                if (NulCharacters.in(value)) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inQuery(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : encoded.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            String name = decode(nameAndValue[0]);
            if (NulCharacters.in(name)) {
                return Optional.of("a parameter name");
            }
            if (nameAndValue.length == 2 && NulCharacters.in(decode(nameAndValue[1]))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // not ours to judge: the API refuses a malformed parameter itself
        }
    }

    /** The field whose name or text holds a NUL; a body that is not JSON is left to the API to refuse. */
    private static Optional<String> inJson(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && NulCharacters.in(parser.currentName())) {
                    return Optional.of("a field name");
                }
                if (token == JsonToken.VALUE_STRING && NulCharacters.in(parser.getText())) {
                    String name = parser.currentName();
                    return Optional.of(name == null ? "the body" : name);
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
