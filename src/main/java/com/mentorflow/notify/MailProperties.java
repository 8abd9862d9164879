package com.mentorflow.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sender works ({@code mentorflow.mail.*}).
 *
 * @param from          sender address of every mail
 * @param senderEnabled whether the scheduled sender runs (tests drive it by hand)
 * @param pollInterval  how often the sender looks for due mail
 * @param firstRetry    wait after the first failed attempt; doubles with each further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts   attempts before a message is marked failed
 * @param maxPerRecipientPerHour mail written to one address within an hour beyond which further mail is held
 */
@ConfigurationProperties("mentorflow.mail")
record MailProperties(
        @DefaultValue("Mentorflow <no-reply@mentorflow.local>") String from,
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT1H") Duration maxRetryDelay,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("30") int maxPerRecipientPerHour) {

    Duration retryDelayAfter(int failedAttempts) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
