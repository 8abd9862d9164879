package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.people.TestDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin uploads the HR directory with five bad rows and reads the report. */
@MentorflowTest
@Tag("browser")
class AdminBrowserTest {

    @LocalServerPort int port;
    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdminImportsTheDirectoryAndSeesWhichRowsWereRefusedAndWhy() throws Exception {
        String run = "U" + Long.toString(System.nanoTime(), 36);
        Path file = Files.createTempFile("directory", ".csv");
        Files.writeString(file, TestDirectory.withFiveBadRows(run, 995));
        browser.signIn("admin", "mentorflow-demo");
        browser.open("/admin/directory");

        WebElement upload = browser.waitFor(By.id("directory-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());

        WebElement status = browser.waitFor(By.id("directory-status"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> status.getText().contains("people marked inactive"));
        browser.settle();
        browser.screenshot("target/directory-import.png");
        int rows = TestDirectory.demoRows() + 1000;
        assertThat(status.getText()).startsWith(rows + " rows read: " + (rows - 5) + " imported (995 new, ")
                .contains("5 refused");
        assertThat(browser.script("return document.getElementById('directory-problems').size")).isEqualTo(5L);
        assertThat(browser.text()).contains("Unknown level \"L11\"; levels are L1 to L10.")
                .contains("The employee id is missing.");
        Files.delete(file);
    }
}
