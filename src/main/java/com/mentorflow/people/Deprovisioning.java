package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity provider removed a person (SCIM DELETE). They are deactivated as a leaver and no longer provisioned, so
 * the provider finds them no more; their account and history stay, since erasing them is the person's or an admin's
 * decision, not the provider's.
 */
@Service
public class Deprovisioning {

    private final ScimIdentityRepository identities;
    private final PersonStatus status;
    private final AuditLog audit;

    Deprovisioning(ScimIdentityRepository identities, PersonStatus status, AuditLog audit) {
        this.identities = identities;
        this.status = status;
        this.audit = audit;
    }

    @Transactional
    public void remove(long accountId) {
        ScimIdentity identity = identities.require(accountId);
        status.deactivateAccount(accountId, Provisioning.ACTOR);
        identities.delete(identity);
        audit.record(Provisioning.ACTOR, "person.deprovisioned", "userName " + identity.getUserName() + " removed by the "
                + "identity provider; the account stays, deactivated", List.of(accountId));
    }
}
