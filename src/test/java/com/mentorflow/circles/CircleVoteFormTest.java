package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CircleVoteFormTest {

    final CircleRenewals renewals = mock(CircleRenewals.class);
    final CircleDirectory directory = mock(CircleDirectory.class);
    final AtomicInteger done = new AtomicInteger();
    Component form;

    @BeforeEach
    void open() {
        signIn("ada");
        when(directory.summary(CIRCLE_ID)).thenReturn(circle(1, Circle.Status.RENEWAL_PENDING));
        form = new CircleVoteForm(renewals, directory).create(task(CircleProcess.FORM_VOTE), done::incrementAndGet);
    }

    @AfterEach
    void close() {
        signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVoteNeedsAChoiceThenGoesToTheService() {
        Button send = find(form, "circle-vote-send", Button.class);
        send.click();
        assertThat(refusal(form)).isEqualTo("Choose Continue or Disband.");
        verify(renewals, never()).vote(anyString(), anyString(), anyBoolean());

        find(form, "circle-vote", RadioButtonGroup.class).setValue(false);
        send.click();
        verify(renewals).vote(TASK_ID, "ada", false);
        assertThat(done).hasValue(1);
    }
}
