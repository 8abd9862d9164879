package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.ConflictException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an identity provider (SCIM) says about a person: someone new, or someone it described before. The directory
 * entry and the account are one person and change together ({@link ProvisionedDetails}). Removing a person is
 * {@link Deprovisioning}, group membership is {@link ProvisionedRoles}. Every change is audited as the actor
 * {@value #ACTOR}.
 */
@Service
public class Provisioning {

    public static final String ACTOR = "scim";

    private final ProvisionedDirectoryEntry directory;
    private final ScimIdentityRepository identities;
    private final AccountRepository accounts;
    private final ProvisionedAccounts newcomers;
    private final ProvisionedDetails details;
    private final AuditLog audit;

    Provisioning(ProvisionedDirectoryEntry directory, ScimIdentityRepository identities, AccountRepository accounts,
                 ProvisionedAccounts newcomers, ProvisionedDetails details, AuditLog audit) {
        this.directory = directory;
        this.identities = identities;
        this.accounts = accounts;
        this.newcomers = newcomers;
        this.details = details;
        this.audit = audit;
    }

    /**
     * A new person, as a participant (their onboarding starts), without a password: they sign in through SSO. Someone
     * who already has an account with that address (invited earlier, or removed by the provider before) is taken over
     * instead of refused, so a provider can manage the people an admin added by hand.
     *
     * @throws ConflictException when another provisioned person has the userName or the e-mail address
     */
    @Transactional
    public ProvisionedPerson create(ProvisioningInput input) {
        ProvisionedDirectoryEntry.Checked in = directory.check(input);
        identities.findByUserNameIgnoringCase(in.userName()).ifPresent(other -> {
            throw new ConflictException("A user with the userName \"" + in.userName() + "\" exists already.");
        });
        ProvisionedAccounts.Newcomer newcomer = newcomers.takeOverOrOpen(in);
        Account account = newcomer.account();
        ProvisionedPerson person = details.apply(account, newcomer.identity(), in);
        audit.record(ACTOR, "person.provisioned", (newcomer.adopted() ? "took over account " : "created account ")
                + account.getUsername() + " for userName " + in.userName() + ", employee " + account.getEmployeeId(),
                List.of(account.getId()));
        return person;
    }

    /** The person as the provider now describes them (PUT, or a PATCH applied to what it read). */
    @Transactional
    public ProvisionedPerson replace(long accountId, ProvisioningInput input) {
        ScimIdentity identity = identities.require(accountId);
        Account account = accounts.findById(accountId).orElseThrow();
        ProvisionedDirectoryEntry.Checked in = directory.check(input);
        identities.findByUserNameIgnoringCase(in.userName()).filter(other -> !other.getAccountId().equals(accountId))
                .ifPresent(other -> {
                    throw new ConflictException("Another user has the userName \"" + in.userName() + "\".");
                });
        ProvisionedPerson person = details.apply(account, identity, in);
        audit.record(ACTOR, "person.provisioning-updated", "account " + account.getUsername() + " (userName " + in.userName()
                + ", active " + account.isActive() + ")", List.of(accountId));
        return person;
    }
}
