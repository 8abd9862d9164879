package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo mentee, a new hire and Army veteran, signs in, completes her profile from the inbox in a real
 * browser, and finds an Army veteran mentor from another site ranked first, with the reason shown.
 */
@MentorflowTest
@Tag("browser")
class OnboardingBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    private static final String DEMO_MENTEE = "maya";
    private static final String DEMO_PASSWORD = "mentorflow-demo";

    @Autowired AccountService accounts;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = browsers.open();
    }

    @Test
    void theDemoMenteeCompletesTheirProfileAndSeesAnArmyVeteranMentorFirst() {
        browser.signIn(DEMO_MENTEE, DEMO_PASSWORD);

        WebElement open = browser.waitFor(By.cssSelector("#inbox-grid vaadin-button"));
        assertThat(browser.text()).contains("Complete your mentoring profile").contains("Your mentoring profile");
        open.click();
        browser.settle();
        browser.waitFor(By.id("profile-save"));

        // Saving with nothing chosen shows what is missing and keeps the task.
        browser.click(By.id("profile-save"));
        browser.settle();
        assertThat(browser.text())
                .contains("Choose at least one way to take part: mentor, mentee or circles.")
                .contains("Mentorflow needs your consent to use your profile for mentoring.");

        WebElement name = browser.driver().findElement(By.cssSelector("#profile-display-name input"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Maya O.");
        checkBox("#profile-roles", "Mentee");
        checkBox("#profile-programs", Program.NEW_HIRE.label());
        browser.chooseInComboBox("profile-time-zone", "America/Chicago");
        browser.chooseInMultiSelect("profile-goal-topics", "Transition from the military");
        browser.chooseInSelect("profile-service-relation", "Veteran");
        browser.chooseInComboBox("profile-service-branch", "Army");
        // Keyboard only, as a person without a mouse would: focus the consent box and press space.
        WebElement consent = browser.driver().findElement(By.cssSelector("#profile-consent input"));
        browser.script("arguments[0].focus()", consent);
        consent.sendKeys(Keys.SPACE);
        browser.settle();
        browser.screenshot("target/onboarding-form.png");
        browser.click(By.id("profile-save"));
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
        assertThat(profile.getTimeZone()).isEqualTo("America/Chicago");
        assertThat(profile.getMilitary().branch()).isEqualTo("Army");
        assertThat(maya.getDisplayName()).isEqualTo("Maya O.");

        browser.open("/mentors");
        WebElement first = browser.waitFor(By.cssSelector(".suggestion-card"));
        browser.screenshot("target/suggestions.png");
        assertThat(first.getText()).contains("Marcus Reyes").contains("Seattle").contains("Also served in the Army");
        assertThat(browser.text()).doesNotContain("Nina Larsen"); // Nina works at Maya's site: not in the new-hire program
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

    private void checkBox(String group, String label) {
        List<WebElement> boxes = browser.driver().findElements(By.cssSelector(group + " vaadin-checkbox"));
        browser.click(boxes.stream().filter(box -> box.getText().equals(label)).findFirst().orElseThrow());
        browser.settle();
    }
}
