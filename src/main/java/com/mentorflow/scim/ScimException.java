package com.mentorflow.scim;

import org.springframework.http.HttpStatus;

/** A refusal in SCIM's terms (RFC 7644 §3.12): a status, for 400 and 409 a scimType, and a sentence. */
class ScimException extends RuntimeException {

    private final HttpStatus status;
    private final String scimType;

    ScimException(HttpStatus status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    static ScimException notFound(String what) {
        return new ScimException(HttpStatus.NOT_FOUND, null, what + " was not found.");
    }

    static ScimException invalidFilter(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "invalidFilter", detail);
    }

    static ScimException invalidValue(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", detail);
    }

    static ScimException invalidPath(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "invalidPath", detail);
    }

    static ScimException mutability(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "mutability", detail);
    }

    HttpStatus status() {
        return status;
    }

    String scimType() {
        return scimType;
    }
}
