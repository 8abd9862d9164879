package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * mentorflow.sso.*: how a single sign-on finds the person (the provider itself is configured by Spring Boot's
 * spring.security.oauth2.client.registration.sso.* and provider.sso.issuer-uri).
 *
 * @param displayName     the button's "Sign in with …" name; the registration's client-name when empty (login page)
 * @param matchBy         how the first sign-in finds the directory entry: by e-mail or by employee id
 * @param employeeIdClaim the claim carrying the employee id (for match-by employee-id and self sign-up)
 * @param rolesClaim      the claim listing the person's groups (e.g. "groups"); empty: roles are granted in the app only
 * @param roleGroups      which groups grant which role
 * @param selfSignUp      someone not in the directory gets a directory entry and an account instead of a refusal
 */
@ConfigurationProperties("mentorflow.sso")
record SsoProperties(String displayName, MatchBy matchBy, String employeeIdClaim, String rolesClaim, RoleGroups roleGroups,
                     boolean selfSignUp) {

    enum MatchBy { EMAIL, EMPLOYEE_ID }

    /** Group names per role; a group may be given with or without a leading '/' (Keycloak's full path). */
    record RoleGroups(List<String> admin, List<String> programManager, List<String> participant) {
        RoleGroups {
            admin = admin == null ? List.of() : admin;
            programManager = programManager == null ? List.of() : programManager;
            participant = participant == null ? List.of() : participant;
        }
    }

    SsoProperties {
        matchBy = matchBy == null ? MatchBy.EMAIL : matchBy;
        employeeIdClaim = employeeIdClaim == null || employeeIdClaim.isBlank() ? "employee_id" : employeeIdClaim;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? null : rolesClaim;
        roleGroups = roleGroups == null ? new RoleGroups(null, null, null) : roleGroups;
    }

    boolean rolesFromClaim() {
        return rolesClaim != null;
    }

    /** The roles the person's groups map to (nothing for an empty or missing claim). */
    Set<Roles> rolesFor(List<String> groups) {
        Set<Roles> roles = EnumSet.noneOf(Roles.class);
        if (groups == null) {
            return roles;
        }
        for (String group : groups) {
            if (contains(roleGroups.admin(), group)) {
                roles.add(Roles.ADMIN);
            }
            if (contains(roleGroups.programManager(), group)) {
                roles.add(Roles.PROGRAM_MANAGER);
            }
            if (contains(roleGroups.participant(), group)) {
                roles.add(Roles.PARTICIPANT);
            }
        }
        return roles;
    }

    /** With no participant groups configured everyone who may sign in is a participant. */
    boolean everyoneParticipates() {
        return roleGroups.participant().isEmpty();
    }

    private static boolean contains(List<String> configured, String group) {
        String name = strip(group);
        return configured.stream().anyMatch(candidate -> strip(candidate).equalsIgnoreCase(name));
    }

    private static String strip(String group) {
        String trimmed = group == null ? "" : group.strip();
        return trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
    }
}
