package com.mentorflow.people;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.Roles;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The account a person new to the identity provider gets, with the SCIM identity the provider knows them by: the
 * account with their address when there is one (so a provider can manage people an admin added by hand), else a new
 * participant account without a password (they sign in through SSO).
 */
@Component
class ProvisionedAccounts {

    /** @param adopted whether the account existed before (the audit says "took over" then) */
    record Newcomer(Account account, ScimIdentity identity, boolean adopted) {
    }

    private final AccountService accountService;
    private final AccountRepository accounts;
    private final ScimIdentityRepository identities;
    private final Clock clock;

    ProvisionedAccounts(AccountService accountService, AccountRepository accounts, ScimIdentityRepository identities,
                        Clock clock) {
        this.accountService = accountService;
        this.accounts = accounts;
        this.identities = identities;
        this.clock = clock;
    }

    /** @throws ConflictException when the account with that address is provisioned already (as someone else) */
    Newcomer takeOverOrOpen(ProvisionedDirectoryEntry.Checked in) {
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
        return new Newcomer(account, identity, adopted);
    }
}
