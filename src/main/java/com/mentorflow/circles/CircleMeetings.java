package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.FORM_MEETING;
import static com.mentorflow.circles.CircleProcess.VAR_MEETING;

import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.RejectedInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The circle manager's meeting task: plan it (everyone is invited), then record who came and a summary. */
@Service
public class CircleMeetings {

    private final CircleTasks tasks;
    private final CircleRecords records;
    private final CircleMeetingRecords meetings;
    private final EducationTopics educationTopics;
    private final CircleMeetingInvitations invitations;
    private final TimeZones zones;
    private final Clock clock;

    CircleMeetings(CircleTasks tasks, CircleRecords records, CircleMeetingRecords meetings, EducationTopics educationTopics,
                   CircleMeetingInvitations invitations, TimeZones zones, Clock clock) {
        this.tasks = tasks;
        this.records = records;
        this.meetings = meetings;
        this.educationTopics = educationTopics;
        this.invitations = invitations;
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * Sets what the meeting is about and when; every member gets the invitation. The task stays open. The time is read
     * on the manager's clock, in their own zone, and stored as the instant it means.
     */
    @Transactional
    public void planMeeting(String taskId, String managerUsername, CircleMeetingKind kind, Long educationTopicId,
                            String theme, LocalDateTime localStart, Integer durationMinutes, String link) {
        CircleTasks.Open task = tasks.open(taskId, managerUsername, FORM_MEETING);
        Instant at = localStart == null ? null : localStart.atZone(zones.zoneOf(managerUsername)).toInstant();
        int number = tasks.intVariable(task.id(), VAR_MEETING);
        String where = strip(link);
        String about = strip(theme);
        new RejectedInputException.Collector()
                .check(kind != null, "kind", "Choose Education or Experience.")
                .check(kind != CircleMeetingKind.EDUCATION || (educationTopicId != null && educationTopics.isActive(educationTopicId)),
                        "educationTopic", "Choose the topic the circle studies from the library.")
                .check(kind != CircleMeetingKind.EXPERIENCE || (about.length() >= 3 && about.length() <= 200), "theme",
                        "Give the situations to share a theme of 3 to 200 characters.")
                .check(at != null, "at", "Choose the date and time.")
                .check(at == null || at.isAfter(clock.instant().minus(Duration.ofDays(1))), "at", "Choose a time from today on.")
                .check(durationMinutes != null && durationMinutes >= 15 && durationMinutes <= 240, "duration",
                        "A meeting lasts 15 to 240 minutes.")
                .check(!where.isEmpty() && where.length() <= 300, "link", "Say where you meet: a room or a video link.")
                .throwIfAny();
        records.lock(task.circleId());
        Circle circle = records.circle(task.circleId());
        meetings.plan(task.circleId(), number, kind, educationTopicId, about, at, durationMinutes, where);
        String subject = CircleMails.meetingSubject(circle.getName(), number, kind,
                kind == CircleMeetingKind.EDUCATION ? educationTopics.title(educationTopicId) : about);
        invitations.send(circle, number, kind, subject, at, durationMinutes, where, records.approved(task.circleId()));
    }

    /** Who came and a short summary (members only see it); completes the meeting task. */
    @Transactional
    public void recordMeeting(String taskId, String managerUsername, Set<Long> attended, String summary) {
        CircleTasks.Open task = tasks.open(taskId, managerUsername, FORM_MEETING);
        int number = tasks.intVariable(task.id(), VAR_MEETING);
        String text = strip(summary);
        Set<Long> members = records.approved(task.circleId()).stream().map(CircleMembership::getAccountId).collect(Collectors.toSet());
        Set<Long> came = attended == null ? Set.of() : attended;
        new RejectedInputException.Collector()
                .check(meetings.isPlanned(task.circleId(), number), "at", "Plan the meeting first: choose its topic, date and place.")
                .check(members.containsAll(came), "attended", "Tick people who are in the circle.")
                .check(text.length() >= 10 && text.length() <= 4000, "summary",
                        "Write a short summary for the members (10 to 4000 characters).")
                .throwIfAny();
        meetings.held(task.circleId(), number, came, text, clock.instant());
        tasks.complete(task);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
