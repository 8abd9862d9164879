package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.SsoRefusals;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a single sign-on into the person's account. Later sign-ins find it by the linked identity (issuer and
 * subject); the first one links it ({@link SsoFirstSignIn}). Deactivated people are refused. Roles from the roles claim
 * are added, never taken away (README, Single sign-on).
 */
@Service
class SsoSignIn {

    private final SsoAccountRepository linked;
    private final SsoFirstSignIn firstSignIn;
    private final EmployeeRepository employees;
    private final SsoClaims claims;
    private final AuditLog audit;
    private final Clock clock;

    SsoSignIn(SsoAccountRepository linked, SsoFirstSignIn firstSignIn, EmployeeRepository employees, SsoClaims claims,
              AuditLog audit, Clock clock) {
        this.linked = linked;
        this.firstSignIn = firstSignIn;
        this.employees = employees;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws SsoRefusal for an unknown or deactivated person (nothing is changed then) */
    @Transactional
    Account signIn(SsoIdentity who) {
        Account account = linked.findBySsoIssuerAndSsoSubject(who.issuer(), who.subject())
                .orElseGet(() -> firstSignIn.link(who));
        boolean entryActive = Optional.ofNullable(account.getEmployeeId()).flatMap(employees::findById)
                .map(Employee::isActive).orElse(true);
        if (!account.isActive() || !entryActive) {
            throw SsoRefusal.recorded(audit, who, SsoRefusals.DEACTIVATED, "account " + account.getUsername() + " is deactivated");
        }
        claims.apply(account, who);
        account.signedIn(clock.instant());
        return account;
    }
}
