package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestClock;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.journey.JourneyMeetings;
import com.mentorflow.journey.Meeting;
import com.mentorflow.matching.MatchRequest;
import com.mentorflow.matching.MentorSuggestions;
import com.mentorflow.matching.MyMatchRequests;
import com.mentorflow.people.Account;
import com.mentorflow.people.ProfileService;
import com.mentorflow.people.Program;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16 §3: the main paths done with the keyboard alone (Tab, Enter, Space, arrows and typing; no click), their
 * outcome read from the domain services; the focused control visibly marked; a form error announced. Planning and logging
 * a meeting is not here yet: after a date and time are typed and Enter pressed, the pickers' drop-down sometimes keeps
 * the page aria-hidden and the Save key is lost (two of three CI runs on 2026-12-01); issue 16 note.
 */
@MentorflowTest
@Tag("browser")
class KeyboardPathsBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired TestMentorships mentorships;
    @Autowired TestCircles circles;
    @Autowired MentorSuggestions suggestions;
    @Autowired MyMatchRequests myRequests;
    @Autowired JourneyMeetings meetings;
    @Autowired ProfileService profiles;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @Test
    void aParticipantRenamesThemselvesInTheirProfile() throws Exception {
        Account person = circles.regular("kb-profile", 4);
        try (Browser browser = browsers.open()) {
            browser.signIn(person.getUsername(), TestPeople.PASSWORD);
            browser.open("/profile");
            BrowserKeyboard keyboard = new BrowserKeyboard(browser);
            keyboard.tabTo(By.id("profile-display-name"));
            keyboard.pressWithControl("a");
            keyboard.press("Robin Keyboard");
            keyboard.tabTo(By.id("profile-save"));
            keyboard.press(Keys.ENTER);
            browser.waitFor(By.xpath("//*[contains(text(), 'Your profile is saved.')]"));
        }
        assertThat(profiles.current(person.getUsername()).displayName()).isEqualTo("Robin Keyboard");
    }

    @Test
    void aMenteeFindsAndAsksAMentorAndTheMentorAccepts() throws Exception {
        Account mentee = mentorships.person("kb-mentee", false, Program.OPEN);
        Account mentor = mentorships.person("kb-mentor", true, Program.OPEN);
        // A bookmark puts this mentor on the first card, whoever else the shared test database holds.
        suggestions.bookmark(mentee.getUsername(), mentor.getId(), true);

        try (Browser browser = browsers.open()) {
            browser.signIn(mentee.getUsername(), TestPeople.PASSWORD);
            BrowserKeyboard keyboard = new BrowserKeyboard(browser);
            keyboard.tabTo(By.cssSelector("vaadin-side-nav-item[path='mentors']"));
            keyboard.press(Keys.ENTER);
            browser.waitFor(By.cssSelector(".suggestion-card"));
            assertThat(browser.driver().findElement(By.cssSelector(".suggestion-card")).getText()).contains(mentor.getDisplayName());
            keyboard.tabTo(By.cssSelector(".suggestion-card .suggestion-ask"));
            keyboard.press(Keys.ENTER);
            WebElement note = browser.waitFor(By.id("request-note"));
            assertThat(keyboard.hasFocus(note)).as("the dialog puts the focus on the note").isTrue();
            keyboard.press("Too short");
            keyboard.tabTo(By.id("request-send"));
            keyboard.press(Keys.ENTER);
            assertAnnounced(browser, note, "at least 20 characters");
            keyboard.tabTo(By.id("request-note"));
            keyboard.press(Keys.END, " — I would love your advice on my first year here.");
            keyboard.tabTo(By.id("request-send"));
            keyboard.press(Keys.ENTER);
            browser.waitFor(By.xpath("//*[contains(text(), 'Request sent to')]"));
        }
        assertThat(myRequests.sentBy(mentee.getUsername())).singleElement()
                .satisfies(sent -> assertThat(sent.status()).isEqualTo(MatchRequest.Status.PENDING));

        try (Browser browser = browsers.open()) {
            browser.signIn(mentor.getUsername(), TestPeople.PASSWORD);
            BrowserKeyboard keyboard = new BrowserKeyboard(browser);
            keyboard.pressButtonInGrid(By.id("inbox-grid"), "Open task Review match request");
            keyboard.tabTo(By.id("review-accept"));
            keyboard.press(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));
        }
        assertThat(myRequests.mentorshipsOf(mentee.getUsername())).singleElement()
                .satisfies(mentorship -> assertThat(mentorship.partner()).isEqualTo(mentor.getDisplayName()));
    }

    @Test
    void aParticipantAsksToJoinACircle() throws Exception {
        Account manager = circles.regular("kb-circle-manager", 5);
        Account joiner = circles.regular("kb-circle-joiner", 4);
        long circle = circles.propose(manager, "Keyboard circle " + System.nanoTime() % 10000, 8);
        try (Browser browser = browsers.open()) {
            browser.signIn(joiner.getUsername(), TestPeople.PASSWORD);
            browser.open("/circle/" + circle); // as the link in a mail or on Circles opens it
            BrowserKeyboard keyboard = new BrowserKeyboard(browser);
            keyboard.tabTo(By.id("join-note"));
            keyboard.press("I left the Navy last year.");
            keyboard.tabTo(By.id("join-circle"));
            keyboard.press(Keys.ENTER);
            browser.waitFor(By.xpath("//*[contains(text(), 'the circle manager decides')]"));
        }
        assertThat(jdbc.queryForObject("select status from mentorflow.circle_membership where circle_id = ? and account_id = ?",
                String.class, circle, joiner.getId())).isEqualTo("REQUESTED");
    }

    @Test
    void theFocusedControlIsVisiblyMarked() throws Exception {
        Account person = circles.regular("kb-focus", 4);
        try (Browser browser = browsers.open()) {
            browser.signIn(person.getUsername(), TestPeople.PASSWORD);
            browser.open("/profile");
            BrowserKeyboard keyboard = new BrowserKeyboard(browser);
            for (By control : new By[] {By.cssSelector("vaadin-side-nav-item[path='profile']"), By.id("profile-display-name"),
                    By.id("profile-save")}) {
                WebElement element = browser.waitFor(control);
                String unfocused = keyboard.focusIndicator(element);
                keyboard.tabTo(control);
                String focused = keyboard.focusIndicator(element);
                assertThat(focused).as("%s focused differs from unfocused", control).isNotEqualTo(unfocused);
                keyboard.press(Keys.TAB);
            }
        }
    }

    /** The field says it is invalid, and its error message is what assistive technology reads with it. */
    private static void assertAnnounced(Browser browser, WebElement field, String message) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> field.getAttribute("invalid") != null);
        WebElement input = field.findElement(By.cssSelector("textarea, input"));
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        WebElement error = field.findElement(By.cssSelector("[slot='error-message']"));
        assertThat(error.getText()).contains(message);
        assertThat(input.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
    }
}
