package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin's models view lists every model version with its running instances and an upload for a new one. */
@MentorflowTest
@Tag("browser")
class ModelsBrowserTest {

    @LocalServerPort int port;

    @Test
    void theAdminSeesTheModelVersions() throws Exception {
        try (Browser admin = new Browser(port)) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/models");
            admin.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='match-request']"));
            admin.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='circle-lifecycle']"));
            assertThat(admin.driver().findElements(By.cssSelector("#model-upload"))).hasSize(1);
            admin.screenshot("target/models.png");
        }
        try (Browser participant = new Browser(port)) {
            participant.signIn("maya", "mentorflow-demo");
            participant.open("/admin/models");
            assertThat(participant.driver().findElements(By.id("model-versions"))).isEmpty();
        }
    }
}
