package com.mentorflow.people;

import java.util.List;

/**
 * Who the identity provider says signed in, as far as Mentorflow cares.
 *
 * @param emailVerified null when the provider does not say (Entra ID, many Okta set-ups)
 * @param groups        the roles claim's values; null when no roles claim is configured
 */
record SsoIdentity(String issuer, String subject, String email, Boolean emailVerified, String employeeId, String name,
                   String zoneInfo, List<String> groups) {

    /** The e-mail address, unless the provider says it is not verified (then it identifies no one). */
    String trustedEmail() {
        return email == null || email.isBlank() || Boolean.FALSE.equals(emailVerified) ? null : email.strip();
    }
}
