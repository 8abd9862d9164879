package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and mails links that set a password: an admin's invitation ({@link Invitations}) or "Forgot password?".
 * A new link closes the person's earlier ones, so only the newest works. Using a link is {@link PasswordLinks}.
 */
@Service
class PasswordLinkIssuer {

    private final PasswordLinkRepository links;
    private final PasswordLinkHolders holders;
    private final PasswordMails mails;
    private final AuditLog audit;
    private final PasswordLinkProperties properties;
    private final Clock clock;

    PasswordLinkIssuer(PasswordLinkRepository links, PasswordLinkHolders holders, PasswordMails mails, AuditLog audit,
                       PasswordLinkProperties properties, Clock clock) {
        this.links = links;
        this.holders = holders;
        this.mails = mails;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns the token (for tests; it is mailed). */
    @Transactional
    String invite(Employee person, String actor) {
        Instant now = clock.instant();
        links.findOpen(person.getEmployeeId(), null).forEach(old -> old.close(now));
        String token = PasswordLinkTokens.newToken();
        links.save(PasswordLink.invitation(PasswordLinkTokens.hash(token), person.getEmployeeId(), actor, now,
                now.plus(properties.validFor())));
        mails.invitation(person, token);
        return token;
    }

    /**
     * "Forgot password?": mails a link when the username or address names an active account and none was mailed
     * within the reset interval. Says nothing either way, so no one learns who has an account.
     */
    @Transactional
    void forgotten(String usernameOrEmail) {
        Instant now = clock.instant();
        holders.named(usernameOrEmail).filter(Account::isActive)
                .filter(a -> !links.resetSentSince(a.getId(), now.minus(properties.resetInterval())))
                .ifPresent(a -> {
                    links.findOpen(null, a.getId()).forEach(old -> old.close(now));
                    String token = PasswordLinkTokens.newToken();
                    links.save(PasswordLink.reset(PasswordLinkTokens.hash(token), a.getId(), now, now.plus(properties.validFor())));
                    mails.reset(a, token);
                    audit.record(a.getUsername(), "password-reset-requested", "A link to set a new password was mailed");
                });
    }

    /** Someone with an account needs no invitation; {@link Invitations} asks before it invites. */
    Optional<Account> accountOf(Employee person) {
        return holders.accountOf(person);
    }
}
