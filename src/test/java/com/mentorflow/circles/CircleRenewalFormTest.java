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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CircleRenewalFormTest {

    final CircleRenewals renewals = mock(CircleRenewals.class);
    final CircleDirectory directory = mock(CircleDirectory.class);
    final AtomicInteger done = new AtomicInteger();

    @BeforeEach
    void signedIn() {
        signIn("mona");
        when(renewals.votes(CIRCLE_ID)).thenReturn(Map.of(CircleProcess.RENEWAL_CONTINUE, 2, CircleProcess.RENEWAL_DISBAND, 1));
    }

    @AfterEach
    void close() {
        signOut();
    }

    private Component form(int term) {
        when(directory.summary(CIRCLE_ID)).thenReturn(circle(term, Circle.Status.RENEWAL_PENDING));
        return new CircleRenewalForm(renewals, directory).create(task(CircleProcess.FORM_RENEWAL), done::incrementAndGet);
    }

    @Test
    void afterSixMonthsContinuingIsTheRecommendedAnswer() {
        Component form = form(1);
        assertThat(find(form, "circle-renewal-votes", Paragraph.class).getText()).contains("2 continue, 1 disband");
        assertThat(has(form, "circle-renewal-recommendation")).isFalse();
        Button carryOn = find(form, "circle-continue", Button.class);
        assertThat(carryOn.getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        carryOn.click();
        verify(renewals).decideRenewal(TASK_ID, "mona", true);
        assertThat(done).hasValue(1);
    }

    @Test
    void afterTwelveMonthsDisbandingIsRecommendedAndTheGracePeriodIsNamed() {
        Component form = form(2);
        assertThat(find(form, "circle-renewal-recommendation", Paragraph.class).getText())
                .contains("within " + CirclePlan.DECISION_GRACE_DAYS + " days of the term's end, the circle disbands");
        assertThat(find(form, "circle-disband", Button.class).getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        doThrow(new ConflictException("This task changed in the meantime.")).when(renewals).decideRenewal(TASK_ID, "mona", false);
        find(form, "circle-disband", Button.class).click();
        assertThat(refusal(form)).isEqualTo("This task changed in the meantime.");
        assertThat(done).hasValue(0);
    }
}
