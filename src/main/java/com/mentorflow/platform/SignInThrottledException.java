package com.mentorflow.platform;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused without checking the password, because of too many failures in a row. A LockedException, so
 * the login page (which knows Spring, not this module) shows its message: it says when to try again.
 */
class SignInThrottledException extends LockedException {

    private final long retryAfterSeconds;

    SignInThrottledException(Duration retryAfter) {
        this(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    private SignInThrottledException(long seconds) {
        super("Too many failed sign-ins. Try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
        this.retryAfterSeconds = seconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
