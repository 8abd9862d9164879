package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.*;

import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApproveCircleExtensionFormTest {

    final CircleRenewals renewals = mock(CircleRenewals.class);
    final CircleDirectory directory = mock(CircleDirectory.class);
    final AtomicInteger done = new AtomicInteger();
    Component form;

    @BeforeEach
    void open() {
        signIn("priya");
        when(renewals.votes(CIRCLE_ID)).thenReturn(Map.of());
        when(directory.summary(CIRCLE_ID)).thenReturn(circle(2, Circle.Status.RENEWAL_PENDING));
        form = new ApproveCircleExtensionForm(renewals, directory).create(task(CircleProcess.FORM_APPROVE_EXTENSION),
                done::incrementAndGet);
    }

    @AfterEach
    void close() {
        signOut();
    }

    @Test
    void approvingGoesToTheService() {
        assertThat(find(form, "circle-extension-facts", Paragraph.class).getText()).contains("voted 0 continue, 0 disband");
        find(form, "circle-extension-approve", Button.class).click();
        verify(renewals).decideExtension(TASK_ID, "priya", true, "");
        assertThat(done).hasValue(1);
    }

    @Test
    void sayingNoNeedsAReasonTheServiceAsksFor() {
        doThrow(new RejectedInputException("reason", "Please give the circle a reason (at least 5 characters).")).when(renewals)
                .decideExtension(TASK_ID, "priya", false, "");
        Button refuse = find(form, "circle-extension-refuse", Button.class);
        refuse.click();
        assertThat(refusal(form)).isEqualTo("Please give the circle a reason (at least 5 characters).");

        find(form, "circle-extension-reason", TextArea.class).setValue("Twelve months is the limit.");
        refuse.click();
        verify(renewals).decideExtension(TASK_ID, "priya", false, "Twelve months is the limit.");
        assertThat(done).hasValue(1);
    }
}
