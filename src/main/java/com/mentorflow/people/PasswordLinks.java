package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.RejectedInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailed links that set a password, used once from the public set-password page: what the page shows for a link,
 * and its POST. Using an invitation creates the account, tied to its directory entry. Issuing and mailing a link is
 * {@link PasswordLinkIssuer}.
 */
@Service
class PasswordLinks {

    /** Whose password a link sets, or why it cannot be used; what the set-password page shows. */
    record Opened(PasswordLink.Refusal refusal, PasswordLink.Purpose purpose, String displayName, String username,
                  String email) {
    }

    private final PasswordLinkRepository links;
    private final PasswordLinkHolders holders;
    private final PasswordRules rules;
    private final AuditLog audit;
    private final Clock clock;

    PasswordLinks(PasswordLinkRepository links, PasswordLinkHolders holders, PasswordRules rules, AuditLog audit,
                  Clock clock) {
        this.links = links;
        this.holders = holders;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Opened open(String token) {
        Optional<PasswordLink> found = token == null || token.isBlank() ? Optional.empty()
                : links.findByTokenHash(PasswordLinkTokens.hash(token.strip()));
        if (found.isEmpty()) {
            return refused(PasswordLink.Refusal.UNKNOWN, null);
        }
        PasswordLink link = found.get();
        PasswordLink.Refusal refusal = link.refusalAt(clock.instant());
        if (refusal != null) {
            return refused(refusal, link.getPurpose());
        }
        if (link.getPurpose() == PasswordLink.Purpose.RESET) {
            return holders.activeAccount(link)
                    .map(a -> new Opened(null, link.getPurpose(), a.getDisplayName(), a.getUsername(), a.getEmail()))
                    .orElse(refused(PasswordLink.Refusal.GONE, link.getPurpose()));
        }
        Optional<Employee> person = holders.activePerson(link);
        if (person.isEmpty()) {
            return refused(PasswordLink.Refusal.GONE, link.getPurpose());
        }
        return new Opened(null, link.getPurpose(), person.get().getFullName(), holders.usernameFor(person.get()),
                person.get().getEmail());
    }

    /**
     * Sets the password and closes the link; an invitation creates the participant's account first.
     *
     * @throws RejectedInputException with "password"/"confirmation" messages, or "token" when the link cannot be used
     */
    @Transactional
    Account use(String token, String password, String confirmation) {
        if (token != null && !token.isBlank()) {
            links.lockByTokenHash(PasswordLinkTokens.hash(token.strip()));
        }
        Opened opened = open(token);
        if (opened.refusal() != null) {
            throw new RejectedInputException("token", opened.refusal().sentence());
        }
        RejectedInputException.Collector problems = new RejectedInputException.Collector();
        rules.sentences(password, confirmation, opened.username(), opened.email())
                .forEach((field, sentence) -> problems.check(false, field, sentence));
        problems.throwIfAny();
        Instant now = clock.instant();
        PasswordLink link = links.findByTokenHash(PasswordLinkTokens.hash(token.strip())).orElseThrow();
        link.close(now);
        Account account = holders.setPassword(link, opened.username(), password);
        audit.record(account.getUsername(), "password-set", "Password set from a mailed " + link.getPurpose().name().toLowerCase(Locale.ROOT) + " link");
        return account;
    }

    private static Opened refused(PasswordLink.Refusal refusal, PasswordLink.Purpose purpose) {
        return new Opened(refusal, purpose, null, null, null);
    }
}
