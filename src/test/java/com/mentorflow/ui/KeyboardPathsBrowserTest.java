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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16 §3: the main paths done with the keyboard alone (Tab, Enter, Space, arrows and typing; no click), their
 * outcome read from the domain services; the focused control visibly marked; a form error announced.
 */
@MentorflowTest
@Tag("browser")
class KeyboardPathsBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    /** Whether a date or time picker's drop-down is open, or the page behind one is still hidden. */
    private static final String PICKER_OPEN_OR_PAGE_HIDDEN = "return !!document.querySelector("
            + "'vaadin-date-picker-overlay[opened], vaadin-time-picker-overlay[opened]')"
            + " || !!document.getElementById('meeting-schedule').closest('[aria-hidden=\"true\"]')";

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
            browser.signInAndOpen(person.getUsername(), TestPeople.PASSWORD, "/profile");
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
            browser.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));
        }
        assertThat(myRequests.mentorshipsOf(mentee.getUsername())).singleElement()
                .satisfies(mentorship -> assertThat(mentorship.partner()).isEqualTo(mentor.getDisplayName()));
    }

    @Test
    void aMenteePlansAndLogsAMeeting() throws Exception {
        TestMentorships.Matched pair = mentorships.matched("kb-meeting", Program.OPEN);
        try (Browser browser = browsers.open()) {
            BrowserKeyboard keyboard = openFirstMeetingByKeyboard(browser, pair.mentee());
            WebElement at = keyboard.tabTo(By.id("meeting-at"));
            // Typed as the picker shows dates and times in this person's locale, which it says itself.
            LocalDate day = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(10);
            String date = (String) browser.script("return arguments[0].querySelector('vaadin-date-picker').i18n.formatDate("
                    + "{year: arguments[1], month: arguments[2] - 1, day: arguments[3]})", at, day.getYear(), day.getMonthValue(),
                    day.getDayOfMonth());
            String time = (String) browser.script("return arguments[0].querySelector('vaadin-time-picker').i18n.formatTime("
                    + "{hours: 17, minutes: 30})", at);
            // Typed, each taken with Enter: no drop-down opens on the way, so nothing hides the page from the keys after.
            keyboard.press(date, Keys.ENTER, Keys.TAB, time, Keys.ENTER);
            String expected = day + "T17:30";
            browser.waiting(Duration.ofSeconds(10)).until(d -> expected.equals(browser.script(
                    "return arguments[0].value", at)));
            assertThat(browser.script(PICKER_OPEN_OR_PAGE_HIDDEN)).as("a drop-down opened, or the page is hidden").isEqualTo(false);
            keyboard.tabTo(By.id("meeting-place"));
            keyboard.press("Room 4.12");
            keyboard.tabTo(By.id("meeting-schedule"));
            keyboard.press(Keys.ENTER);
            browser.waiting(Duration.ofSeconds(20)).until(d -> browser.text().contains("you both get an e-mail"));
            keyboard.tabTo(By.id("meeting-held"));
            keyboard.press(Keys.SPACE);
            keyboard.tabTo(By.id("meeting-topics"));
            keyboard.press("Settling in");
            keyboard.tabTo(By.id("meeting-log"));
            keyboard.press(Keys.ENTER);
            browser.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));
        }
        Meeting first = meetings.meetings(pair.mentorshipId(), pair.mentee().getUsername()).stream()
                .filter(m -> m.number() == 1).findFirst().orElseThrow();
        assertThat(first.planned()).isTrue();
        assertThat(first.place()).isEqualTo("Room 4.12");
        assertThat(first.held()).isTrue();
        assertThat(first.topics()).isEqualTo("Settling in");
    }

    @Test
    void theMeetingCalendarStillOpensWithTheDownArrowAndEnterTakesTheFocusedDay() throws Exception {
        TestMentorships.Matched pair = mentorships.matched("kb-calendar", Program.OPEN);
        try (Browser browser = browsers.open()) {
            BrowserKeyboard keyboard = openFirstMeetingByKeyboard(browser, pair.mentee());
            WebElement at = keyboard.tabTo(By.id("meeting-at"));
            keyboard.press(Keys.ARROW_DOWN);
            // Open: the calendar shows and, being a dialog, hides the rest of the page from assistive technology.
            browser.waiting(Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                    "return !!document.querySelector('vaadin-date-picker-overlay[opened]:not([opening])')"
                            + " && !!document.getElementById('meeting-schedule').closest('[aria-hidden=\"true\"]')")));
            keyboard.press(Keys.ENTER);
            browser.waiting(Duration.ofSeconds(10)).until(d -> Boolean.FALSE.equals(browser.script(
                    PICKER_OPEN_OR_PAGE_HIDDEN)));
            assertThat((String) browser.script("return arguments[0].querySelector('vaadin-date-picker').value", at))
                    .as("the day the calendar had focused").isNotEmpty();
        }
    }

    @Test
    void aParticipantAsksToJoinACircle() throws Exception {
        Account manager = circles.regular("kb-circle-manager", 5);
        Account joiner = circles.regular("kb-circle-joiner", 4);
        long circle = circles.propose(manager, "Keyboard circle " + System.nanoTime() % 10000, 8);
        try (Browser browser = browsers.open()) {
            // As the link in a mail or on Circles opens it.
            browser.signInAndOpen(joiner.getUsername(), TestPeople.PASSWORD, "/circle/" + circle);
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
            browser.signInAndOpen(person.getUsername(), TestPeople.PASSWORD, "/profile");
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
        browser.waiting(Duration.ofSeconds(10)).until(d -> field.getAttribute("invalid") != null);
        WebElement input = field.findElement(By.cssSelector("textarea, input"));
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        WebElement error = field.findElement(By.cssSelector("[slot='error-message']"));
        assertThat(error.getText()).contains(message);
        assertThat(input.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
    }

    /** The mentee signs in and opens their first meeting's task from the inbox, by keyboard only. */
    private static BrowserKeyboard openFirstMeetingByKeyboard(Browser browser, Account mentee) {
        browser.signIn(mentee.getUsername(), TestPeople.PASSWORD);
        BrowserKeyboard keyboard = new BrowserKeyboard(browser);
        keyboard.pressButtonInGrid(By.id("inbox-grid"), "Open task Plan and log meeting 1");
        return keyboard;
    }
}
