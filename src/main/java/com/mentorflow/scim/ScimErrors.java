package com.mentorflow.scim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal of the SCIM endpoints in SCIM's error format, before the app's general problem+json handler. */
@RestControllerAdvice(basePackageClasses = ScimErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScimErrors {

    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    @ExceptionHandler(ScimException.class)
    ResponseEntity<ObjectNode> scim(ScimException e) {
        return error(e.status(), e.scimType(), e.getMessage());
    }

    /** The people module's own checks (a missing e-mail address, a bad time zone). */
    @ExceptionHandler(RejectedInputException.class)
    ResponseEntity<ObjectNode> rejected(RejectedInputException e) {
        return error(HttpStatus.BAD_REQUEST, "invalidValue", e.problems().entrySet().stream()
                .map(problem -> problem.getKey() + ": " + problem.getValue()).sorted().collect(Collectors.joining(" ")));
    }

    /** A userName or e-mail address that another person has (RFC 7644 §3.3: 409 uniqueness). */
    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ObjectNode> conflict(ConflictException e) {
        return error(HttpStatus.CONFLICT, "uniqueness", e.getMessage());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ObjectNode> unreadable(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "invalidSyntax", "The request body is not a SCIM JSON document.");
    }

    static ResponseEntity<ObjectNode> error(HttpStatus status, String scimType, String detail) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("schemas").add(ERROR);
        body.put("status", Integer.toString(status.value()));
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        return ResponseEntity.status(status).contentType(ScimJson.MEDIA_TYPE).body(body);
    }
}
