package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.*;

import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublishCircleFormTest {

    final Circles circles = mock(Circles.class);
    final CircleDirectory directory = mock(CircleDirectory.class);
    final AtomicInteger done = new AtomicInteger();
    Component form;

    @BeforeEach
    void open() {
        signIn("mona");
        when(directory.summary(CIRCLE_ID)).thenReturn(circle(0, CircleStatus.RECRUITING));
        when(directory.members(CIRCLE_ID)).thenReturn(List.of());
        form = new PublishCircleForm(circles, directory).create(task(CircleProcess.FORM_PUBLISH), done::incrementAndGet);
    }

    @AfterEach
    void close() {
        signOut();
    }

    @Test
    void publishingGoesToTheServiceAsTheSignedInManager() {
        find(form, "circle-publish", Button.class).click();
        verify(circles).publish(TASK_ID, "mona");
        assertThat(done).hasValue(1);
    }

    @Test
    void aRefusalIsShownAndTheButtonComesBack() {
        doThrow(new RejectedInputException("size", "A circle needs at least 3 people to start.")).when(circles).publish(TASK_ID, "mona");
        Button publish = find(form, "circle-publish", Button.class);
        publish.click();
        assertThat(refusal(form)).isEqualTo("A circle needs at least 3 people to start.");
        assertThat(publish.isEnabled()).isTrue();
        assertThat(done).hasValue(0);
    }
}
