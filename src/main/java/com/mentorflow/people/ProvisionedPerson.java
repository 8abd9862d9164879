package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import java.time.Instant;
import java.util.Set;

/**
 * A person as the identity provider that provisions them sees them: their account, directory entry and SCIM names
 * in one.
 *
 * @param accountId the stable id the provider addresses them by
 * @param username  the Mentorflow sign-in name, derived from the userName once and then kept
 */
public record ProvisionedPerson(long accountId, String userName, String username, String externalId, String displayName,
                                String givenName, String familyName, String email, boolean active, String employeeId,
                                EmployeeType employeeType, String timeZone, String organisation, Set<Roles> roles,
                                Instant created, Instant lastModified) {
}
