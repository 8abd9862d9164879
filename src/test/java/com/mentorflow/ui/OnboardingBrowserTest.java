package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.people.AccountService;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo mentee signs in, completes the onboarding form in a real browser and sees the task gone. */
@MentorflowTest
@Tag("browser")
class OnboardingBrowserTest {

    private static final String DEMO_MENTEE = "maya";
    private static final String DEMO_PASSWORD = "mentorflow-demo";

    @LocalServerPort int port;
    @Autowired AccountService accounts;

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
    void theDemoMenteeCompletesTheirProfileFromTheInbox() {
        browser.signIn(DEMO_MENTEE, DEMO_PASSWORD);

        WebElement open = browser.waitFor(By.cssSelector("#inbox-grid vaadin-button"));
        assertThat(browser.text()).contains("Complete your mentoring profile").contains("Your mentoring profile");
        open.click();
        browser.settle();
        browser.waitFor(By.id("profile-save"));

        // Saving with nothing chosen shows what is missing and keeps the task.
        browser.driver().findElement(By.id("profile-save")).click();
        browser.settle();
        assertThat(browser.text())
                .contains("Choose at least one way to take part: mentor, mentee or circles.")
                .contains("Mentorflow needs your consent to use your profile for mentoring.");

        WebElement name = browser.driver().findElement(By.cssSelector("#profile-display-name input"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Maya O.");
        browser.driver().findElements(By.cssSelector("#profile-roles vaadin-checkbox")).stream()
                .filter(box -> box.getText().equals("Mentee")).findFirst().orElseThrow().click();
        WebElement zone = browser.driver().findElement(By.cssSelector("#profile-time-zone input"));
        zone.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Europe/Berlin");
        // The time zones are filtered on the server: wait for the matches before choosing one.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.FALSE.equals(
                browser.script("return document.getElementById('profile-time-zone').loading")));
        browser.settle();
        zone.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !Boolean.TRUE.equals(
                browser.script("return document.getElementById('profile-time-zone').opened")));
        browser.settle();
        // Keyboard only, as a person without a mouse would: focus the consent box and press space.
        WebElement consent = browser.driver().findElement(By.cssSelector("#profile-consent input"));
        browser.script("arguments[0].focus()", consent);
        consent.sendKeys(Keys.SPACE);
        browser.settle();
        browser.screenshot("target/onboarding-form.png");
        browser.driver().findElement(By.id("profile-save")).click();
        browser.settle();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));
        browser.waitFor(By.id("inbox-grid"));
        browser.settle();
        assertThat(browser.script("return document.getElementById('inbox-grid').size")).isEqualTo(0L);
        assertThat(browser.text()).contains("Done: Complete your mentoring profile");

        var maya = accounts.findByUsername(DEMO_MENTEE).orElseThrow();
        var profile = accounts.profileOf(maya.getId()).orElseThrow();
        assertThat(profile.isComplete()).isTrue();
        assertThat(profile.isWantsMentee()).isTrue();
        assertThat(profile.getTimeZone()).isEqualTo("Europe/Berlin");
        assertThat(maya.getDisplayName()).isEqualTo("Maya O.");
    }

    @Test
    void aParticipantCannotOpenTheAdminOutbox() {
        browser.signIn("nina", DEMO_PASSWORD);

        browser.open("/admin/outbox");

        assertThat(browser.driver().findElements(By.id("outbox-grid"))).isEmpty();
        assertThat(browser.text()).doesNotContain("Outbox");
    }

    @Test
    void anAdminReadsCapturedMailOnTheOutbox() {
        browser.signIn("admin", DEMO_PASSWORD);

        browser.open("/admin/outbox");

        browser.waitFor(By.id("outbox-grid"));
        assertThat(browser.text()).contains("Outbox");
    }
}
