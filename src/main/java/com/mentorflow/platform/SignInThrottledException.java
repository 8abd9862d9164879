package com.mentorflow.platform;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because of too many failures in a row. */
public class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottledException(Duration retryAfter) {
        this(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    private SignInThrottledException(long seconds) {
        super("Too many failed sign-ins. Try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
        this.retryAfterSeconds = seconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
