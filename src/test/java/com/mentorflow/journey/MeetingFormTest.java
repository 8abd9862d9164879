package com.mentorflow.journey;

import static com.mentorflow.journey.FormFields.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mentorflow.matching.Mentorship;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.tasks.MeetingTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingFormTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant PLANNED = Instant.parse("2026-12-10T16:00:00Z");

    private final JourneyMeetings meetings = mock(JourneyMeetings.class);
    private final Mentorships mentorships = mock(Mentorships.class);
    private final ReaderZones zones = new ReaderZones() {
        @Override
        public ZoneId zoneOf(String username) {
            return CHICAGO;
        }

        @Override
        public ZoneId zoneOf(long accountId) {
            return CHICAGO;
        }
    };
    private final AtomicInteger done = new AtomicInteger();
    private Component form;

    @BeforeEach
    void openTheForm() {
        FormFields.signIn("ana");
        when(meetings.meetingOf("task-2")).thenReturn(2);
        when(mentorships.pair(7)).thenReturn(new Mentorships.Pair(7, Program.OPEN, 12, Mentorship.Status.ACTIVE, 1, "ana",
                "Ana", 2, "ben", "Ben"));
        when(meetings.meetings(7, "ana")).thenReturn(List.of(
                new Meeting(1, null, null, null, true, "Settling in", "Read module 1", "Nervous"),
                new Meeting(2, PLANNED, 45, "Room 4", null, null, null, null)));
        form = new MeetingForm(meetings, mentorships, new MeetingTimes(zones, Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC)))
                .create(FormFields.task("task-2", JourneyProcess.FORM_MEETING, 7), done::incrementAndGet);
    }

    @AfterEach
    void signOut() {
        FormFields.signOut();
    }

    @Test
    void aPlannedMeetingIsShownOnTheReadersClockWithLastTimesActionItems() {
        assertThat(FormFields.text(form)).contains("Meeting 2 with Ben", "Action items from last time: Read module 1");
        DateTimePicker at = byId(form, "meeting-at", DateTimePicker.class);
        assertThat(at.getLabel()).contains("America/Chicago");
        assertThat(at.getValue()).isEqualTo(LocalDateTime.of(2026, 12, 10, 10, 0));
        assertThat(byId(form, "meeting-duration", IntegerField.class).getValue()).isEqualTo(45);
        assertThat(byId(form, "meeting-place", TextField.class).getValue()).isEqualTo("Room 4");
    }

    @Test
    void planningThatTheServiceRefusesSaysWhy() {
        doThrow(new ConflictException("This task changed in the meantime; nothing was changed."))
                .when(meetings).scheduleMeeting("task-2", "ana", LocalDateTime.of(2026, 12, 10, 10, 0), 45, "Room 4");

        byId(form, "meeting-schedule", Button.class).click();

        assertThat(FormFields.refusal(form)).contains("This task changed in the meantime; nothing was changed.");
    }

    @Test
    void loggingAsksWhetherTheMeetingHappenedBeforeAnythingIsSent() {
        byId(form, "meeting-log", Button.class).click();

        assertThat(FormFields.refusal(form)).contains("Say whether the meeting happened.");
        verify(meetings, never()).logMeeting(any(), any(), anyBoolean(), any(), any(), any());
        assertThat(byId(form, "meeting-log", Button.class).isEnabled()).isTrue();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aHeldMeetingIsLoggedWithTopicsNotesAndActionItems() {
        byId(form, "meeting-held", RadioButtonGroup.class).setValue("Yes");
        byId(form, "meeting-topics", TextArea.class).setValue("First review");
        byId(form, "meeting-notes", TextArea.class).setValue("Only for us");
        byId(form, "meeting-actions", TextArea.class).setValue("Draft the self-review");

        byId(form, "meeting-log", Button.class).click();

        verify(meetings).logMeeting("task-2", "ana", true, "First review", "Only for us", "Draft the self-review");
        assertThat(done).hasValue(1);
    }
}
