package com.mentorflow.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The lengths of program time, as ISO-8601 durations ({@code mentorflow.calendar.*}). The {@code demo}
 * profile shrinks them so a program year passes in minutes.
 */
@ConfigurationProperties("mentorflow.calendar")
public record ProgramCalendarProperties(
        @DefaultValue("P1D") Duration day,
        @DefaultValue("P7D") Duration week,
        @DefaultValue("P30D") Duration month,
        @DefaultValue("P3D") Duration profileReminder,
        @DefaultValue("P3D") Duration reviewReminder,
        @DefaultValue("P14D") Duration requestExpiry) {
}
