package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.Roles;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles as the identity provider's groups say (SCIM Groups): a member of a group has its role. Only provisioned people:
 * the provider manages no one else's roles.
 */
@Service
public class ProvisionedRoles {

    private final ScimIdentityRepository identities;
    private final AccountRepository accounts;
    private final CamundaIdentitySync identitySync;
    private final AuditLog audit;

    ProvisionedRoles(ScimIdentityRepository identities, AccountRepository accounts, CamundaIdentitySync identitySync,
                     AuditLog audit) {
        this.identities = identities;
        this.accounts = accounts;
        this.identitySync = identitySync;
        this.audit = audit;
    }

    /** @return false when the person already had (or lacked) the role */
    @Transactional
    public boolean setRole(long accountId, Roles role, boolean granted) {
        identities.require(accountId);
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.getRoles().contains(role) == granted) {
            return false;
        }
        if (granted) {
            account.grant(role);
        } else {
            account.revoke(role);
        }
        identitySync.sync(account);
        audit.record(Provisioning.ACTOR, granted ? "role.granted" : "role.revoked", role.name() + " for "
                + account.getUsername() + " (identity provider group)", List.of(accountId));
        return true;
    }
}
