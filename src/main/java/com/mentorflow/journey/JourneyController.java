package com.mentorflow.journey;

import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The meeting form of mentee-journey.bpmn over REST; the same {@link JourneyMeetings#scheduleMeeting} and checks. */
@RestController
@Tag(name = "Journey")
class JourneyController {

    private final JourneyMeetings meetings;
    private final TimeZones zones;

    JourneyController(JourneyMeetings meetings, TimeZones zones) {
        this.meetings = meetings;
        this.zones = zones;
    }

    /**
     * @param at              on the planner's own clock, e.g. {@code 2026-12-10T10:00}: no zone, no offset
     * @param durationMinutes 15–240
     * @param place           a room or a video link, up to 300 characters
     */
    record MeetingPlan(String at, Integer durationMinutes, String place) {
    }

    /** What was planned: the instant the local time meant, and the zone it was read in. */
    record PlannedMeeting(Instant startsAt, String readIn, int durationMinutes, String place) {
    }

    @PostMapping("/api/journey/tasks/{taskId}/meeting")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Plan (or move) the meeting of a meeting task; both get an e-mail with an .ics invitation",
            description = "For the mentee or mentor of the mentorship (a task of GET /api/tasks with formKey app:meeting). "
                    + "`at` is read on the caller's own clock (the time zone of their profile, else the directory's); "
                    + "each side's mail shows the time on their own clock, the invitation carries it in UTC. The task "
                    + "stays open until the meeting is logged. 400 with a sentence per field, 403 when the task is "
                    + "someone else's, 404 when there is no such task, 409 when it is done already.")
    PlannedMeeting plan(@PathVariable String taskId, @RequestBody MeetingPlan plan) {
        String me = CurrentUser.username();
        Instant startsAt = meetings.scheduleMeeting(taskId, me, localTime(plan.at()), plan.durationMinutes(), plan.place());
        return new PlannedMeeting(startsAt, zones.zoneOf(me).getId(), plan.durationMinutes(), plan.place().strip());
    }

    /** Blank goes on to the service, which asks for a time; a zone or offset is refused rather than ignored. */
    private static LocalDateTime localTime(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new RejectedInputException("at", Sentence.of("journey.refusal.localTime"));
        }
    }
}
