package com.mentorflow.people;

/** A single sign-on that must not go on; {@code code} is one of {@link com.mentorflow.platform.SsoRefusals}. */
class SsoRefusal extends RuntimeException {

    private final String code;

    SsoRefusal(String code, String reason) {
        super(reason);
        this.code = code;
    }

    String code() {
        return code;
    }
}
