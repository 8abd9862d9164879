package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.*;

import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApproveCircleExtensionFormTest {

    @RegisterExtension
    final RenewalForms forms = new RenewalForms();
    Component form;

    @BeforeEach
    void open() {
        form = forms.open("priya", 2, CircleStatus.RENEWAL_PENDING, ApproveCircleExtensionForm::new);
    }

    @Test
    void approvingGoesToTheService() {
        assertThat(find(form, "circle-extension-facts", Paragraph.class).getText()).contains("voted 0 continue, 0 disband");
        find(form, "circle-extension-approve", Button.class).click();
        verify(forms.renewals).decideExtension(TASK_ID, "priya", true, "");
        assertThat(forms.done).hasValue(1);
    }

    @Test
    void sayingNoNeedsAReasonTheServiceAsksFor() {
        doThrow(new RejectedInputException("reason", "Please give the circle a reason (at least 5 characters).")).when(forms.renewals)
                .decideExtension(TASK_ID, "priya", false, "");
        Button refuse = find(form, "circle-extension-refuse", Button.class);
        refuse.click();
        assertThat(refusal(form)).isEqualTo("Please give the circle a reason (at least 5 characters).");

        find(form, "circle-extension-reason", TextArea.class).setValue("Twelve months is the limit.");
        refuse.click();
        verify(forms.renewals).decideExtension(TASK_ID, "priya", false, "Twelve months is the limit.");
        assertThat(forms.done).hasValue(1);
    }
}
