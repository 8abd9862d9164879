package com.mentorflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin reads a mail's HTML on the Outbox in a frame where a hostile name stays text and nothing runs. */
@MentorflowTest
@Tag("browser")
class OutboxBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate transaction;

    @Test
    void anAdminReadsAMailsHtmlInASandboxedFrame() throws Exception {
        String subject = "Outbox reading " + System.nanoTime();
        transaction.executeWithoutResult(status -> outbox.enqueue(Letter.to("reader@example.com", subject)
                .greeting("Hello <img src=x onerror=alert(1)>,").paragraphs("<script>alert(2)</script> joined Readers.")
                .action("Open the circle page", "/circles").program("Circles")));

        try (Browser admin = browsers.open()) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/outbox");
            admin.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + subject + "']"));
            WebElement frame = admin.waitFor(By.cssSelector("iframe[title='The mail as HTML']"));

            assertThat(frame.getDomAttribute("sandbox")).as("every permission taken away").isEmpty();
            admin.driver().switchTo().frame(frame);
            String shown = admin.driver().findElement(By.tagName("body")).getText();
            assertThat(shown).contains("Hello <img src=x onerror=alert(1)>,", "<script>alert(2)</script> joined Readers.",
                    "Open the circle page", "Program: Circles");
            admin.driver().switchTo().defaultContent();
            assertThat(alertShown(admin)).isFalse();
            admin.screenshot("target/outbox-reading.png");
        }
    }

    private static boolean alertShown(Browser browser) {
        try {
            browser.driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }
}
