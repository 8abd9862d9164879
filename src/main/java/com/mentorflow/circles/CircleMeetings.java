package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.FORM_MEETING;
import static com.mentorflow.circles.CircleVariables.MEETING;

import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
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
    private final CircleMeetingRules rules;
    private final CircleMeetingInvitations invitations;
    private final Clock clock;

    CircleMeetings(CircleTasks tasks, CircleRecords records, CircleMeetingRecords meetings, CircleMeetingRules rules,
                   CircleMeetingInvitations invitations, Clock clock) {
        this.tasks = tasks;
        this.records = records;
        this.meetings = meetings;
        this.rules = rules;
        this.invitations = invitations;
        this.clock = clock;
    }

    /**
     * Sets what the meeting is about and when; every member gets the invitation. The task stays open. The time is read
     * on the manager's clock, in their own zone, and stored as the instant it means.
     */
    /** Which meeting a meeting task is about, for its form (the task carries the number). */
    public int number(String taskId) {
        return tasks.variable(taskId, MEETING);
    }

    @Transactional
    public void planMeeting(String taskId, String managerUsername, CircleMeetingKind kind, Long educationTopicId,
                            String theme, LocalDateTime localStart, Integer durationMinutes, String link) {
        CircleTasks.Open task = tasks.open(taskId, managerUsername, FORM_MEETING);
        int number = tasks.variable(task.id(), MEETING);
        String where = strip(link);
        String about = strip(theme);
        Instant at = rules.check(managerUsername, kind, educationTopicId, about, localStart, durationMinutes, where);
        records.lock(task.circleId());
        Circle circle = records.circle(task.circleId());
        meetings.plan(task.circleId(), number, kind, educationTopicId, about, at, durationMinutes, where);
        invitations.send(circle, number, kind, reader -> rules.topic(kind, educationTopicId, about, reader), at, durationMinutes, where, records.approved(task.circleId()));
    }

    /** Who came and a short summary (members only see it); completes the meeting task. */
    @Transactional
    public void recordMeeting(String taskId, String managerUsername, Set<Long> attended, String summary) {
        CircleTasks.Open task = tasks.open(taskId, managerUsername, FORM_MEETING);
        int number = tasks.variable(task.id(), MEETING);
        String text = strip(summary);
        Set<Long> members = records.approved(task.circleId()).stream().map(CircleMembership::getAccountId).collect(Collectors.toSet());
        Set<Long> came = attended == null ? Set.of() : attended;
        new RejectedInputException.Collector()
                .check(meetings.isPlanned(task.circleId(), number), "at", Sentence.of("circles.refusal.planFirst"))
                .check(members.containsAll(came), "attended", Sentence.of("circles.refusal.tickMembers"))
                .check(text.length() >= 10 && text.length() <= 4000, "summary",
                        Sentence.of("circles.refusal.summaryLength"))
                .throwIfAny();
        meetings.held(task.circleId(), number, came, text, clock.instant());
        tasks.complete(task);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
