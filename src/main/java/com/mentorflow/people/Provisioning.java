package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an identity provider (SCIM) changes: it creates, updates, deactivates and removes people, and puts them in
 * the groups that carry roles. The directory entry and the account are one person and change together; status
 * changes go through {@link PersonStatus}, so leavers are handled as everywhere else. Every change is audited as
 * the actor {@value #ACTOR}.
 */
@Service
public class Provisioning {

    public static final String ACTOR = "scim";

    private final AccountService accountService;
    private final AccountRepository accounts;
    private final ScimIdentityRepository identities;
    private final ProvisionedDirectoryEntry directory;
    private final PersonStatus status;
    private final CamundaIdentitySync identitySync;
    private final ProvisionedPeople people;
    private final AuditLog audit;
    private final Clock clock;

    Provisioning(AccountService accountService, AccountRepository accounts, ScimIdentityRepository identities,
                 ProvisionedDirectoryEntry directory, PersonStatus status, CamundaIdentitySync identitySync,
                 ProvisionedPeople people, AuditLog audit, Clock clock) {
        this.accountService = accountService;
        this.accounts = accounts;
        this.identities = identities;
        this.directory = directory;
        this.status = status;
        this.identitySync = identitySync;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
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
        Account account = accounts.findByEmailIgnoringCase(in.email()).orElse(null);
        boolean adopted = account != null;
        if (adopted && identities.existsById(account.getId())) {
            throw new ConflictException("Another user has the e-mail address " + in.email() + ".");
        }
        if (!adopted) {
            account = accountService.create(new NewAccount(Usernames.proposeFor(in.userName(), accounts), in.email(),
                    in.displayName(), null, Set.of(Roles.PARTICIPANT)));
        }
        ScimIdentity identity = identities.save(new ScimIdentity(account.getId(), in.userName(), clock.instant()));
        apply(account, identity, in);
        audit.record(ACTOR, "person.provisioned", (adopted ? "took over account " : "created account ") + account.getUsername()
                + " for userName " + in.userName() + ", employee " + account.getEmployeeId(), List.of(account.getId()));
        return people.view(identity, account);
    }

    /** The person as the provider now describes them (PUT, or a PATCH applied to what it read). */
    @Transactional
    public ProvisionedPerson replace(long accountId, ProvisioningInput input) {
        ScimIdentity identity = identity(accountId);
        Account account = accounts.findById(accountId).orElseThrow();
        ProvisionedDirectoryEntry.Checked in = directory.check(input);
        identities.findByUserNameIgnoringCase(in.userName()).filter(other -> !other.getAccountId().equals(accountId))
                .ifPresent(other -> {
                    throw new ConflictException("Another user has the userName \"" + in.userName() + "\".");
                });
        apply(account, identity, in);
        audit.record(ACTOR, "person.provisioning-updated", "account " + account.getUsername() + " (userName " + in.userName()
                + ", active " + account.isActive() + ")", List.of(accountId));
        return people.view(identity, account);
    }

    /**
     * The provider removed the person: they are deactivated (as a leaver) and no longer provisioned, so the provider
     * finds them no more. Their account and history stay; erasing them is the person's or an admin's decision.
     */
    @Transactional
    public void remove(long accountId) {
        ScimIdentity identity = identity(accountId);
        status.deactivateAccount(accountId, ACTOR);
        identities.delete(identity);
        audit.record(ACTOR, "person.deprovisioned", "userName " + identity.getUserName() + " removed by the identity "
                + "provider; the account stays, deactivated", List.of(accountId));
    }

    /** @return false when the person already had (or lacked) the role */
    @Transactional
    public boolean setRole(long accountId, Roles role, boolean granted) {
        identity(accountId);
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
        audit.record(ACTOR, granted ? "role.granted" : "role.revoked", role.name() + " for " + account.getUsername()
                + " (identity provider group)", List.of(accountId));
        return true;
    }

    private void apply(Account account, ScimIdentity identity, ProvisionedDirectoryEntry.Checked in) {
        if (!account.getEmail().equalsIgnoreCase(in.email())) {
            accounts.findByEmailIgnoringCase(in.email()).filter(other -> !other.getId().equals(account.getId()))
                    .ifPresent(other -> {
                        throw new ConflictException("Another account has the e-mail address " + in.email() + ".");
                    });
        }
        account.changeEmail(in.email());
        account.rename(in.displayName());
        account.provisionedByScim(in.externalId());
        identity.update(in.userName(), in.givenName(), in.familyName(), clock.instant());
        directory.link(account, in);
        identitySync.sync(account);
        if (in.active() && !account.isActive()) {
            status.reactivateAccount(account.getId(), ACTOR);
        } else if (!in.active() && account.isActive()) {
            status.deactivateAccount(account.getId(), ACTOR);
        }
    }

    private ScimIdentity identity(long accountId) {
        return identities.findById(accountId)
                .orElseThrow(() -> new RejectedInputException("id", "There is no provisioned user with id " + accountId + "."));
    }
}
