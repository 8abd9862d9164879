package com.mentorflow.circles;

import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What a meeting plan must say, every problem at once; the time is read on the planner's own clock. */
@Component
class CircleMeetingRules {

    private final EducationTopics educationTopics;
    private final TimeZones zones;
    private final Clock clock;

    CircleMeetingRules(EducationTopics educationTopics, TimeZones zones, Clock clock) {
        this.educationTopics = educationTopics;
        this.zones = zones;
        this.clock = clock;
    }

    /** @return the instant the planner means by their local date and time */
    Instant check(String plannerUsername, CircleMeetingKind kind, Long educationTopicId, String theme,
                  LocalDateTime localStart, Integer durationMinutes, String where) {
        Instant at = localStart == null ? null : localStart.atZone(zones.zoneOf(plannerUsername)).toInstant();
        new RejectedInputException.Collector()
                .check(kind != null, "kind", Sentence.of("circles.refusal.chooseKind"))
                .check(kind != CircleMeetingKind.EDUCATION || (educationTopicId != null && educationTopics.isActive(educationTopicId)),
                        "educationTopic", Sentence.of("circles.refusal.chooseTopic"))
                .check(kind != CircleMeetingKind.EXPERIENCE || (theme.length() >= 3 && theme.length() <= 200), "theme",
                        Sentence.of("circles.refusal.themeLength"))
                .check(at != null, "at", Sentence.of("circles.refusal.chooseDateTime"))
                .check(at == null || at.isAfter(clock.instant().minus(Duration.ofDays(1))), "at", Sentence.of("circles.refusal.fromToday"))
                .check(durationMinutes != null && durationMinutes >= 15 && durationMinutes <= 240, "duration",
                        Sentence.of("circles.refusal.duration"))
                .check(!where.isEmpty() && where.length() <= 300, "link", Sentence.of("circles.refusal.where"))
                .throwIfAny();
        return at;
    }

    /** The calendar entry's topic as {@code reader} reads it: the library title, or the experience theme. */
    String topic(CircleMeetingKind kind, Long educationTopicId, String theme, Locale reader) {
        return kind == CircleMeetingKind.EDUCATION ? educationTopics.title(educationTopicId, reader) : theme;
    }
}
