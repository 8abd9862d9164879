package com.mentorflow.journey;

import static com.mentorflow.journey.JourneyProcess.FORM_MEETING;
import static com.mentorflow.journey.JourneyProcess.VAR_ESCALATE;
import static com.mentorflow.journey.JourneyTexts.MAX_TEXT;
import static com.mentorflow.journey.JourneyTexts.blankToNull;
import static com.mentorflow.journey.JourneyTexts.length;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pair's meetings: planning one (with the invitation), logging whether it happened, and reading them. */
@Service
public class JourneyMeetings {

    private final MeetingRecords meetings;
    private final JourneyTasks tasks;
    private final Mentorships mentorships;
    private final MeetingInvitations invitations;
    private final TimeZones zones;
    private final Clock clock;

    JourneyMeetings(MeetingRecords meetings, JourneyTasks tasks, Mentorships mentorships, MeetingInvitations invitations,
                    TimeZones zones, Clock clock) {
        this.meetings = meetings;
        this.tasks = tasks;
        this.mentorships = mentorships;
        this.invitations = invitations;
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * Sets the meeting's date and place; the task stays open until the meeting is logged. The time is read on the
     * planner's clock, in their own zone (see {@link TimeZones}), and stored as the instant it means.
     *
     * @return that instant
     */
    @Transactional
    public Instant scheduleMeeting(String taskId, String username, LocalDateTime localStart, Integer durationMinutes,
                                   String place) {
        JourneyTasks.JourneyTask task = tasks.requireCompletableBy(taskId, username, FORM_MEETING);
        String where = place == null ? "" : place.strip();
        Instant at = localStart == null ? null : localStart.atZone(zones.zoneOf(username)).toInstant();
        new RejectedInputException.Collector()
                .check(at != null, "at", Sentence.of("journey.refusal.chooseDateTime"))
                .check(at == null || at.isAfter(clock.instant().minusSeconds(24 * 3600)), "at", Sentence.of("journey.refusal.fromToday"))
                .check(durationMinutes != null && durationMinutes >= 15 && durationMinutes <= 240, "durationMinutes",
                        Sentence.of("journey.refusal.duration"))
                .check(!where.isEmpty() && where.length() <= 300, "place", Sentence.of("journey.refusal.where"))
                .throwIfAny();
        int number = meetingOf(task.id());
        meetings.plan(task.mentorshipId(), number, at, durationMinutes, where);
        invitations.send(mentorships.pair(task.mentorshipId()), number, at, durationMinutes, where);
        return at;
    }

    /** Records whether the meeting happened and what was said; two missed in a row bring in a program manager. */
    @Transactional
    public void logMeeting(String taskId, String username, boolean held, String topics, String privateNotes,
                           String actionItems) {
        JourneyTasks.JourneyTask task = tasks.requireCompletableBy(taskId, username, FORM_MEETING);
        new RejectedInputException.Collector()
                .check(length(topics) <= MAX_TEXT, "topics", Sentence.of("journey.refusal.topicsTooLong", MAX_TEXT))
                .check(length(privateNotes) <= 4000, "privateNotes", Sentence.of("journey.refusal.notesTooLong"))
                .check(length(actionItems) <= MAX_TEXT, "actionItems", Sentence.of("journey.refusal.actionItemsTooLong", MAX_TEXT))
                .check(!held || length(topics) > 0, "topics", Sentence.of("journey.refusal.whatDidYouTalkAbout"))
                .throwIfAny();
        long mentorshipId = task.mentorshipId();
        int number = meetingOf(task.id());
        meetings.log(mentorshipId, number, held, blankToNull(topics), blankToNull(privateNotes), blankToNull(actionItems),
                tasks.actorId(task), clock.instant());
        mentorships.meetingLogged(mentorshipId, held, clock.instant());
        boolean previousMissed = number > 1 && meetings.held(mentorshipId, number - 1).equals(Optional.of(false));
        tasks.complete(task, VAR_ESCALATE, !held && previousMissed);
    }

    /** Meetings of a mentorship; private notes only for the pair itself. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(long mentorshipId, String username) {
        return meetings.of(mentorshipId, mentorships.pair(mentorshipId).includes(username));
    }

    /** Which meeting a meeting task is about. */
    int meetingOf(String taskId) {
        return tasks.variable(taskId, JourneyVariables.MEETING);
    }
}
