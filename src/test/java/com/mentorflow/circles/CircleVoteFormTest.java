package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CircleVoteFormTest {

    @RegisterExtension
    final RenewalForms forms = new RenewalForms();

    @Test
    @SuppressWarnings("unchecked")
    void aVoteNeedsAChoiceThenGoesToTheService() {
        Component form = forms.open("ada", 1, CircleStatus.RENEWAL_PENDING, CircleVoteForm::new);
        Button send = find(form, "circle-vote-send", Button.class);
        send.click();
        assertThat(refusal(form)).isEqualTo("Choose Continue or Disband.");
        verify(forms.renewals, never()).vote(anyString(), anyString(), anyBoolean());

        find(form, "circle-vote", RadioButtonGroup.class).setValue(false);
        send.click();
        verify(forms.renewals).vote(TASK_ID, "ada", false);
        assertThat(forms.done).hasValue(1);
    }
}
