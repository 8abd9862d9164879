package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.*;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.tasks.MeetingTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CircleMeetingFormTest {

    final CircleMeetings meetings = mock(CircleMeetings.class);
    final CircleDirectory directory = mock(CircleDirectory.class);
    final EducationTopics library = mock(EducationTopics.class);
    final ReaderZones zones = mock(ReaderZones.class);
    final AtomicInteger done = new AtomicInteger();
    final CircleDirectory.Member ada = new CircleDirectory.Member(42, "Ada", Role.MEMBER, CircleMembership.Status.APPROVED,
            Instant.now(), false);
    Component form;

    @BeforeEach
    void open() {
        signIn("mona");
        when(meetings.number(TASK_ID)).thenReturn(4);
        when(directory.summary(CIRCLE_ID)).thenReturn(circle(1, CircleStatus.ACTIVE));
        when(directory.meetings(anyLong(), anyBoolean())).thenReturn(List.of());
        when(directory.members(CIRCLE_ID)).thenReturn(List.of(ada));
        when(library.active()).thenReturn(List.of(new EducationTopics.EducationTopic(1, "Feedback", "Giving it", true)));
        when(zones.zoneOf("mona")).thenReturn(ZoneId.of("Europe/Berlin"));
        when(zones.forCurrentReader()).thenCallRealMethod();
        form = new CircleMeetingForm(meetings, directory, library, new MeetingTimes(zones, Clock.systemUTC())).create(task(CircleProcess.FORM_MEETING), done::incrementAndGet);
    }

    @AfterEach
    void close() {
        signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMeetingNumberComesFromTheServiceAndItsDefaultKindIsShown() {
        verify(meetings).number(TASK_ID);
        assertThat(find(form, "circle-meeting-kind", RadioButtonGroup.class).getValue()).isEqualTo(CircleMeetingKind.EXPERIENCE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordingSendsWhoCameAndTheSummaryAndShowsARefusal() {
        doThrow(new RejectedInputException("plan", "Plan the meeting first.")).when(meetings)
                .recordMeeting(TASK_ID, "mona", Set.of(), "");
        Button record = find(form, "circle-meeting-record", Button.class);
        record.click();
        assertThat(refusal(form)).isEqualTo("Plan the meeting first.");

        find(form, "circle-meeting-attended", CheckboxGroup.class).setValue(Set.of(ada));
        find(form, "circle-meeting-summary", TextArea.class).setValue("We practised feedback.");
        record.click();
        verify(meetings).recordMeeting(TASK_ID, "mona", Set.of(42L), "We practised feedback.");
        assertThat(done).hasValue(1);
    }
}
