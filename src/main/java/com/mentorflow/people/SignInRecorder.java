package com.mentorflow.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps "last sign-in" for the People view: every password sign-in (form or HTTP Basic). Single sign-on records
 * its own. Scripts sign in with Basic on every call, so a time is written at most once a minute per account.
 */
@Component
class SignInRecorder {

    private static final Duration AT_MOST_EVERY = Duration.ofMinutes(1);

    private final AccountRepository accounts;
    private final Clock clock;

    SignInRecorder(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn)) {
            return;
        }
        Instant now = clock.instant();
        accounts.findByUsername(signedIn.getName().toLowerCase(Locale.ROOT))
                .filter(account -> account.getLastSignInAt() == null
                        || account.getLastSignInAt().isBefore(now.minus(AT_MOST_EVERY)))
                .ifPresent(account -> account.signedIn(now));
    }
}
