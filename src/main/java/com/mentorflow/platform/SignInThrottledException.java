package com.mentorflow.platform;

import java.time.Duration;
import java.util.Locale;
import org.springframework.security.authentication.LockedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A sign-in refused without checking the password, because of too many failures in a row. A LockedException, so
 * the login page (which knows Spring, not this module) shows its message: it says when to try again, in the language
 * the sign-in page is in (the browser's: nobody is signed in to have chosen one).
 */
class SignInThrottledException extends LockedException {

    private final long retryAfterSeconds;

    SignInThrottledException(Duration retryAfter) {
        this(Math.max(1, (retryAfter.toMillis() + 999) / 1000), browsersLanguage());
    }

    SignInThrottledException(long seconds, Locale reader) {
        super(Texts.text(reader, "platform.signIn.paused", seconds));
        this.retryAfterSeconds = seconds;
    }

    private static Locale browsersLanguage() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? Languages.fromAcceptLanguage(request.getRequest().getHeader("Accept-Language")) : Languages.ENGLISH;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
