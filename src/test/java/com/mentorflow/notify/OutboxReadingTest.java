package com.mentorflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the admin's Outbox shows one mail: its HTML only in a frame where nothing in it can run. */
class OutboxReadingTest {

    @Test
    void theHtmlIsShownInAFullySandboxedFrame() {
        OutboxMessage message = new OutboxMessage("a@example.com", "Hi", "Hi as text", "<p>Hi</p><script>alert(1)</script>",
                Instant.EPOCH);

        Component reading = OutboxView.reading(message);

        IFrame frame = reading.getChildren().filter(IFrame.class::isInstance).map(IFrame.class::cast).findFirst().orElseThrow();
        assertThat(frame.getElement().getAttribute("sandbox")).as("no allow-scripts, no allow-same-origin").isEmpty();
        assertThat(frame.getSrcdoc().orElseThrow()).contains("<p>Hi</p>");
        assertThat(frame.getElement().hasAttribute("src")).isFalse();
    }

    @Test
    void mailWithoutHtmlIsShownAsItsText() {
        OutboxMessage message = new OutboxMessage("a@example.com", "Old", "Plain as it was", Instant.EPOCH);

        assertThat(OutboxView.reading(message)).isInstanceOf(Pre.class)
                .extracting(c -> ((Pre) c).getText()).isEqualTo("Plain as it was");
    }
}
