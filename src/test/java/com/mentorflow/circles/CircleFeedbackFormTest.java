package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.*;

import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CircleFeedbackFormTest {

    @RegisterExtension
    final RenewalForms forms = new RenewalForms();
    Component form;

    @BeforeEach
    void open() {
        form = forms.open("ada", 2, CircleStatus.DISBANDED, CircleFeedbackForm::new);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRatingAndCommentGoToTheService() {
        find(form, "circle-feedback-rating", RadioButtonGroup.class).setValue(4);
        find(form, "circle-feedback-comment", TextArea.class).setValue("Good company.");
        find(form, "circle-feedback-send", Button.class).click();
        verify(forms.renewals).giveFeedback(TASK_ID, "ada", 4, "Good company.");
        assertThat(forms.done).hasValue(1);
    }

    @Test
    void withoutARatingTheServicesSentenceIsShown() {
        doThrow(new RejectedInputException("rating", "Choose a rating from 1 to 5.")).when(forms.renewals)
                .giveFeedback(TASK_ID, "ada", null, "");
        find(form, "circle-feedback-send", Button.class).click();
        assertThat(refusal(form)).isEqualTo("Choose a rating from 1 to 5.");
        assertThat(forms.done).hasValue(0);
    }
}
