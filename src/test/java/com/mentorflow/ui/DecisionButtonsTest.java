package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DecisionButtonsTest {

    @Test
    void aDecisionThatWentThroughLeavesEveryOptionDisabledSoItCannotBeSentTwice() {
        DecisionButtons decision = new DecisionButtons();
        AtomicInteger approvals = new AtomicInteger();
        Button approve = decision.primary("approve", "Approve", () -> approvals.incrementAndGet() > 0);
        Button decline = decision.option("decline", "Decline", () -> true);

        approve.click();

        assertThat(approvals).hasValue(1);
        assertThat(approve.isEnabled()).isFalse();
        assertThat(decline.isEnabled()).isFalse();
        assertThat(approve.isDisableOnClick()).as("disabled in the browser before the round trip").isTrue();
        assertThat(approve.getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        assertThat(decline.getThemeNames()).doesNotContain(ButtonVariant.LUMO_PRIMARY.getVariantName());
    }

    @Test
    void aRefusedDecisionGivesTheOptionsBack() {
        DecisionButtons decision = new DecisionButtons();
        Button approve = decision.primary("approve", "Approve", () -> false);
        Button decline = decision.option("decline", "Decline", () -> true);

        approve.click();

        assertThat(approve.isEnabled()).isTrue();
        assertThat(decline.isEnabled()).isTrue();
        assertThat(decision.options()).extracting(Button::getId).containsExactly(
                java.util.Optional.of("approve"), java.util.Optional.of("decline"));
    }
}
