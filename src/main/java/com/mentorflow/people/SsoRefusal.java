package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;

/** A single sign-on that must not go on; {@code code} is one of {@link com.mentorflow.platform.SsoRefusals}. */
class SsoRefusal extends RuntimeException {

    private final String code;

    SsoRefusal(String code, String reason) {
        super(reason);
        this.code = code;
    }

    /** Every refusal is audited, whichever step of the sign-in refuses: an admin asked why someone cannot sign in. */
    static SsoRefusal recorded(AuditLog audit, SsoIdentity who, String code, String reason) {
        audit.recordRefusal(who.email() == null ? who.subject() : who.email(), "sso.refused", reason + " (" + who.subject()
                + " at " + who.issuer() + ")");
        return new SsoRefusal(code, reason);
    }

    String code() {
        return code;
    }
}
