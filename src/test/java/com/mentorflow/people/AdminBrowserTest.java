package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.people.DirectoryImport;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mistake of issue 14: an admin uploads a 2-row directory file (one good row, one bad) against a directory of
 * dozens of people. The preview shows it, deactivation is off and refused when ticked, and the import deactivates
 * nobody.
 */
@MentorflowTest
@Tag("browser")
class AdminBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired JdbcTemplate jdbc;
    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = browsers.open();
    }

    @Test
    void aWrongTwoRowFileIsPreviewedAndImportedWithoutDeactivatingAnyone() throws Exception {
        String run = "U" + Long.toString(System.nanoTime(), 36);
        Path file = Files.createTempFile("directory", ".csv");
        Files.writeString(file, String.join(",", DirectoryImport.COLUMNS) + "\n"
                + run + "-1,Rosa Diaz," + run.toLowerCase() + ".1@example.com,regular,Austin,US,America/Chicago,Cloud,"
                + "Cloud Platform,Software engineering,L4,2026-11-02,E2001,en;es\n"
                + run + "-2,Bad Level," + run.toLowerCase() + ".2@example.com,regular,Austin,US,,,,,L11,2026-11-02,,en\n");
        long active = activeCount();
        assertThat(active).as("a directory of several people").isGreaterThan(10);
        browser.signIn("admin", "mentorflow-demo");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.open("/admin/directory");

        WebElement upload = browser.waitFor(By.id("directory-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());

        WebElement status = browser.waitFor(By.id("directory-status"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> status.getText().startsWith("Preview of"));
        browser.settle();
        assertThat(status.getText()).contains("(2 rows): 1 new, 0 changed, 0 unchanged, 1 refused.");
        assertThat(browser.script("return document.getElementById('directory-new').size")).isEqualTo(1L);
        assertThat(browser.script("return document.getElementById('directory-problems').size")).isEqualTo(1L);
        assertThat(browser.text()).contains("Unknown level \"L11\"; levels are L1 to L10.")
                .contains(active + " of the " + active + " active people are not in this file. They stay active");
        assertThat(browser.script("return document.getElementById('directory-deactivate').checked")).isEqualTo(false);
        browser.screenshot("target/directory-preview-1366.png");
        scrollTo("directory-missing");
        browser.screenshot("target/directory-preview-decision-1366.png");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.settle();
        scrollTo("directory-status");
        browser.screenshot("target/directory-preview-390.png");
        scrollTo("directory-missing");
        browser.screenshot("target/directory-preview-decision-390.png");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));

        browser.click(By.id("directory-deactivate"));
        WebElement refusal = browser.waitFor(By.id("directory-deactivation-refused"));
        assertThat(refusal.getText()).contains("the file names 2 people, fewer than half of the " + active + " active people");
        assertThat(browser.script("return document.getElementById('directory-confirm').disabled")).isEqualTo(true);
        scrollTo("directory-missing");
        browser.screenshot("target/directory-deactivation-refused-1366.png");

        browser.click(By.id("directory-deactivate"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> Boolean.FALSE.equals(
                browser.script("return document.getElementById('directory-confirm').disabled")));
        browser.click(By.id("directory-confirm"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> status.getText().startsWith("Imported"));
        browser.settle();
        browser.screenshot("target/directory-imported-1366.png");

        assertThat(status.getText()).contains("1 new, 0 changed, 0 unchanged, 1 row refused, 0 people deactivated.");
        assertThat(activeCount()).isEqualTo(active + 1);
        Files.delete(file);
    }

    private void scrollTo(String id) {
        browser.script("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
        browser.settle();
    }

    private long activeCount() {
        return jdbc.queryForObject("select count(*) from mentorflow.employee where active and employee_id not like 'local-%'", Long.class);
    }
}
