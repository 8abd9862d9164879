package com.mentorflow.journey;

import static com.mentorflow.journey.FormFields.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mentorflow.matching.Mentorship;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.Program;
import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagerCheckInFormTest {

    private final JourneyMeetings meetings = mock(JourneyMeetings.class);
    private final JourneyCheckIns checkIns = mock(JourneyCheckIns.class);
    private final JourneyService journey = mock(JourneyService.class);
    private final Mentorships mentorships = mock(Mentorships.class);
    private final AtomicInteger done = new AtomicInteger();
    private Component form;

    @BeforeEach
    void openTheForm() {
        FormFields.signIn("priya");
        when(mentorships.pair(7)).thenReturn(new Mentorships.Pair(7, Program.OPEN, 12, Mentorship.Status.ACTIVE, 1, "ana",
                "Ana", 2, "ben", "Ben"));
        when(meetings.meetings(7, "priya")).thenReturn(List.of(
                new Meeting(1, null, null, null, false, null, null, null),
                new Meeting(2, null, null, null, false, null, null, null),
                new Meeting(3, null, null, null, null, null, null, null)));
        form = new ManagerCheckInForm(meetings, checkIns, journey, mentorships)
                .create(FormFields.task("task-9", JourneyProcess.FORM_PM_CHECK_IN, 7), done::incrementAndGet);
    }

    @AfterEach
    void signOut() {
        FormFields.signOut();
    }

    @Test
    void theManagerSeesTheMeetingsAndNotesWhatWasAgreed() {
        assertThat(FormFields.text(form)).contains("Ana and Ben missed two meetings in a row.", "Meeting 1: missed",
                "Meeting 2: missed", "Meeting 3: not logged");
        byId(form, "pm-check-in-note", TextArea.class).setValue("Called both; they meet next week.");

        byId(form, "pm-check-in-done", Button.class).click();

        verify(checkIns).recordManagerCheckIn("task-9", "priya", "Called both; they meet next week.");
        verify(journey, never()).endEarly(any(), anyLong(), any());
        assertThat(done).hasValue(1);
        assertThat(byId(form, "pm-end", Button.class).isEnabled()).as("one decision only").isFalse();
    }

    @Test
    void endingEarlyWithoutAReasonIsRefusedAndBothOptionsComeBack() {
        doThrow(new RejectedInputException("reason", "Please give a reason (5 to 1000 characters)."))
                .when(journey).endEarly("priya", 7, "");

        byId(form, "pm-end", Button.class).click();

        assertThat(FormFields.refusal(form)).contains("Please give a reason (5 to 1000 characters).");
        assertThat(done).hasValue(0);
        assertThat(byId(form, "pm-check-in-done", Button.class).isEnabled()).isTrue();
        assertThat(byId(form, "pm-end", Button.class).isEnabled()).isTrue();
    }
}
