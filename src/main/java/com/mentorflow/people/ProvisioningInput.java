package com.mentorflow.people;

/**
 * What an identity provider says about a person (SCIM's User, already read): the whole picture, as a PUT gives
 * it or a PATCH leaves it.
 *
 * @param userName       the provider's unique name for them (often the e-mail address or UPN)
 * @param externalId     the provider's own id, may be null
 * @param email          the work address
 * @param employeeNumber the HR employee id; becomes the directory entry's id, may be null
 * @param employeeType   may be null (kept as it was, or regular for a new entry)
 * @param timeZone       an IANA zone such as America/Chicago, may be null
 * @param organisation   may be null
 */
public record ProvisioningInput(String userName, String externalId, String displayName, String givenName,
                                String familyName, String email, boolean active, String employeeNumber,
                                EmployeeType employeeType, String timeZone, String organisation) {
}
