package com.mentorflow.platform;

/**
 * Why a single sign-on was refused: the OAuth2 error codes the people module's sign-in raises and
 * {@link SingleSignOn} turns into pages (the refusal page, or the login page's sentence for a deactivated person).
 */
public final class SsoRefusals {

    /** No directory entry (nor account) for the person, and self sign-up is off. */
    public static final String UNKNOWN_PERSON = "mentorflow_unknown_person";
    /** The person's directory entry or account is deactivated. */
    public static final String DEACTIVATED = "mentorflow_deactivated";

    private SsoRefusals() {
    }
}
