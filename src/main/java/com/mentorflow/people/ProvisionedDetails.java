package com.mentorflow.people;

import com.mentorflow.platform.ConflictException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What a provider says about a person, written to their account, SCIM identity and directory entry in one go: they
 * are one person and must not drift apart. Status changes go through {@link PersonStatus}, so leavers are handled as
 * everywhere else.
 */
@Component
class ProvisionedDetails {

    private final AccountRepository accounts;
    private final ProvisionedDirectoryEntry directory;
    private final CamundaIdentitySync identitySync;
    private final PersonStatus status;
    private final ProvisionedPeople people;
    private final Clock clock;

    ProvisionedDetails(AccountRepository accounts, ProvisionedDirectoryEntry directory, CamundaIdentitySync identitySync,
                       PersonStatus status, ProvisionedPeople people, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.identitySync = identitySync;
        this.status = status;
        this.people = people;
        this.clock = clock;
    }

    /**
     * @return the person as the provider reads them now (its answer to the request)
     * @throws ConflictException when another account has the new e-mail address
     */
    ProvisionedPerson apply(Account account, ScimIdentity identity, ProvisionedDirectoryEntry.Checked in) {
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
            status.reactivateAccount(account.getId(), Provisioning.ACTOR);
        } else if (!in.active() && account.isActive()) {
            status.deactivateAccount(account.getId(), Provisioning.ACTOR);
        }
        return people.view(identity, account);
    }
}
