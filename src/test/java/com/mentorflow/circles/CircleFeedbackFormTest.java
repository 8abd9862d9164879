package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.*;

import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CircleFeedbackFormTest {

    final CircleRenewals renewals = mock(CircleRenewals.class);
    final CircleDirectory directory = mock(CircleDirectory.class);
    final AtomicInteger done = new AtomicInteger();
    Component form;

    @BeforeEach
    void open() {
        signIn("ada");
        when(directory.summary(CIRCLE_ID)).thenReturn(circle(2, Circle.Status.DISBANDED));
        form = new CircleFeedbackForm(renewals, directory).create(task(CircleProcess.FORM_FEEDBACK), done::incrementAndGet);
    }

    @AfterEach
    void close() {
        signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRatingAndCommentGoToTheService() {
        find(form, "circle-feedback-rating", RadioButtonGroup.class).setValue(4);
        find(form, "circle-feedback-comment", TextArea.class).setValue("Good company.");
        find(form, "circle-feedback-send", Button.class).click();
        verify(renewals).giveFeedback(TASK_ID, "ada", 4, "Good company.");
        assertThat(done).hasValue(1);
    }

    @Test
    void withoutARatingTheServicesSentenceIsShown() {
        doThrow(new RejectedInputException("rating", "Choose a rating from 1 to 5.")).when(renewals)
                .giveFeedback(TASK_ID, "ada", null, "");
        find(form, "circle-feedback-send", Button.class).click();
        assertThat(refusal(form)).isEqualTo("Choose a rating from 1 to 5.");
        assertThat(done).hasValue(0);
    }
}
