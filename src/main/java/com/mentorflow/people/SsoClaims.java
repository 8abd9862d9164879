package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.Roles;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What a sign-in's claims change on the account: roles from the roles claim, the time zone from {@code zoneinfo}. */
@Component
class SsoClaims {

    private final ProfileRepository profiles;
    private final CamundaIdentitySync identitySync;
    private final AuditLog audit;
    private final SsoProperties properties;

    SsoClaims(ProfileRepository profiles, CamundaIdentitySync identitySync, AuditLog audit, SsoProperties properties) {
        this.profiles = profiles;
        this.identitySync = identitySync;
        this.audit = audit;
        this.properties = properties;
    }

    Set<Roles> rolesOf(SsoIdentity who) {
        return properties.rolesFromClaim() ? properties.rolesFor(who.groups()) : EnumSet.noneOf(Roles.class);
    }

    void apply(Account account, SsoIdentity who) {
        grantRoles(account, rolesOf(who));
        String zone = validZone(who.zoneInfo());
        if (zone != null) {
            profiles.findById(account.getId()).ifPresent(profile -> profile.adoptTimeZone(zone));
        }
    }

    /**
     * Adds the roles the claim grants and the account lacks. Roles are never revoked here: an admin may have granted
     * them in the app, and the account does not record where a role came from.
     */
    private void grantRoles(Account account, Set<Roles> fromClaim) {
        Set<Roles> missing = EnumSet.noneOf(Roles.class);
        missing.addAll(fromClaim);
        missing.removeAll(account.getRoles());
        if (missing.isEmpty()) {
            return;
        }
        missing.forEach(account::grant);
        identitySync.sync(account);
        audit.record(account.getUsername(), "roles.granted-by-sso", "account " + account.getUsername() + " granted "
                + missing.stream().map(Roles::name).sorted().collect(Collectors.joining(", ")) + " from the "
                + properties.rolesClaim() + " claim", List.of(account.getId()));
    }

    /** The zone id, or null for a missing or unknown one. */
    static String validZone(String zoneInfo) {
        if (zoneInfo == null || zoneInfo.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zoneInfo.strip()).getId();
        } catch (DateTimeException unknown) {
            return null;
        }
    }
}
