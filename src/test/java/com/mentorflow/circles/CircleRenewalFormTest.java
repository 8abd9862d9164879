package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.*;

import com.mentorflow.platform.ConflictException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CircleRenewalFormTest {

    @RegisterExtension
    final RenewalForms forms = new RenewalForms();

    private Component form(int term) {
        when(forms.renewals.votes(CIRCLE_ID)).thenReturn(Map.of(CircleProcess.RENEWAL_CONTINUE, 2, CircleProcess.RENEWAL_DISBAND, 1));
        return forms.open("mona", term, CircleStatus.RENEWAL_PENDING, CircleRenewalForm::new);
    }

    @Test
    void afterSixMonthsContinuingIsTheRecommendedAnswer() {
        Component form = form(1);
        assertThat(find(form, "circle-renewal-votes", Paragraph.class).getText()).contains("2 continue, 1 disband");
        assertThat(has(form, "circle-renewal-recommendation")).isFalse();
        Button carryOn = find(form, "circle-continue", Button.class);
        assertThat(carryOn.getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        carryOn.click();
        verify(forms.renewals).decideRenewal(TASK_ID, "mona", true);
        assertThat(forms.done).hasValue(1);
    }

    @Test
    void afterTwelveMonthsDisbandingIsRecommendedAndTheGracePeriodIsNamed() {
        Component form = form(2);
        assertThat(find(form, "circle-renewal-recommendation", Paragraph.class).getText())
                .contains("within " + CirclePlan.DECISION_GRACE_DAYS + " days of the term's end, the circle disbands");
        assertThat(find(form, "circle-disband", Button.class).getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        doThrow(new ConflictException("This task changed in the meantime.")).when(forms.renewals).decideRenewal(TASK_ID, "mona", false);
        find(form, "circle-disband", Button.class).click();
        assertThat(refusal(form)).isEqualTo("This task changed in the meantime.");
        assertThat(forms.done).hasValue(0);
    }
}
