package com.mentorflow.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * mentorflow.auth.*: how failed sign-ins slow a client down.
 *
 * @param failuresBeforeLock wrong passwords in a row for one username from one address before that pair is locked
 * @param addressFailuresBeforeLock wrong passwords from one address, any usernames, before the address is locked
 * @param firstLock the first lock; each further lock doubles it
 * @param longestLock the cap, so a stranger guessing from elsewhere never locks a person out for long
 */
@ConfigurationProperties("mentorflow.auth")
record SignInThrottleProperties(int failuresBeforeLock, int addressFailuresBeforeLock, Duration firstLock,
                                Duration longestLock) {

    SignInThrottleProperties {
        failuresBeforeLock = failuresBeforeLock > 0 ? failuresBeforeLock : 5;
        addressFailuresBeforeLock = addressFailuresBeforeLock > 0 ? addressFailuresBeforeLock : 50;
        firstLock = firstLock != null ? firstLock : Duration.ofSeconds(30);
        longestLock = longestLock != null ? longestLock : Duration.ofMinutes(15);
    }
}
