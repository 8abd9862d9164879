package com.mentorflow.journey;

import static com.mentorflow.journey.FormFields.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckInFormTest {

    private final JourneyCheckIns checkIns = mock(JourneyCheckIns.class);
    private final AtomicInteger done = new AtomicInteger();
    private Component form;

    @BeforeEach
    void openTheForm() {
        FormFields.signIn("mentor");
        form = new CheckInForm(checkIns).create(FormFields.task("task-3", JourneyProcess.FORM_CHECK_IN, 7), done::incrementAndGet);
    }

    @AfterEach
    void signOut() {
        FormFields.signOut();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theRatingAndAnswersAreSentAsTheSignedInPerson() {
        byId(form, "check-in-rating", RadioButtonGroup.class).setValue(4);
        byId(form, "check-in-helped", TextArea.class).setValue("Regular meetings");
        byId(form, "check-in-comment", TextArea.class).setValue("Only for the record");

        byId(form, "check-in-send", Button.class).click();

        verify(checkIns).checkIn("task-3", "mentor", 4, "Regular meetings", "", "Only for the record");
        assertThat(done).hasValue(1);
    }

    @Test
    void withoutARatingTheServicesSentenceIsShown() {
        doThrow(new RejectedInputException("rating", "Choose a rating from 1 to 5."))
                .when(checkIns).checkIn(eq("task-3"), eq("mentor"), isNull(), any(), any(), any());

        byId(form, "check-in-send", Button.class).click();

        assertThat(FormFields.refusal(form)).contains("Choose a rating from 1 to 5.");
        assertThat(done).hasValue(0);
    }
}
