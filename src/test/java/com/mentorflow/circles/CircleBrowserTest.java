package com.mentorflow.circles;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.TestClock;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A member proposes a circle, two colleagues ask to join, the manager approves both and publishes: meeting 1 is due. */
@MentorflowTest
@Tag("browser")
class CircleBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired TestCircles fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @Test
    void proposeJoinApprovePublishAndTheFirstMeetingIsDue() throws Exception {
        Account manager = fixtures.regular("ui-circle-manager", 5);
        Account first = fixtures.regular("ui-circle-first", 4);
        Account second = fixtures.regular("ui-circle-second", 4);
        String name = "Careers after service " + System.nanoTime() % 10000;
        String circlePath;

        try (Browser browser = browsers.open()) {
            browser.signIn(manager.getUsername(), TestPeople.PASSWORD);
            browser.open("/circles");
            browser.click(By.id("propose-circle"));
            browser.waitFor(By.id("circle-name"));
            browser.click(By.id("propose-submit"));
            browser.waitFor(By.cssSelector("#circle-name[invalid]"));
            assertThat(browser.driver().findElement(By.cssSelector("#circle-name [slot='error-message']")).getText())
                    .contains("3 to 80 characters");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/circles/propose");

            browser.driver().findElement(By.cssSelector("#circle-name input")).sendKeys(name);
            browser.chooseInMultiSelect("circle-topics", "Career growth");
            browser.driver().findElement(By.cssSelector("#circle-description textarea"))
                    .sendKeys("Veterans two years into the company trading notes on promotions and scope.");
            browser.click(By.id("propose-submit"));
            browser.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/circle/"));
            browser.settle();
            circlePath = browser.driver().getCurrentUrl().substring(browser.driver().getCurrentUrl().indexOf("/circle/"));
            assertThat(browser.waitFor(By.id("circle-status")).getText()).isEqualTo("Recruiting");
            assertThat(browser.text()).contains("People (1 of 8)").contains(manager.getDisplayName());
        }

        for (Account joiner : new Account[] {first, second}) {
            try (Browser browser = browsers.open()) {
                browser.signIn(joiner.getUsername(), TestPeople.PASSWORD);
                browser.open("/circles");
                browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']"));
                browser.open(circlePath);
                browser.driver().findElement(By.cssSelector("#join-note textarea")).sendKeys("I left the Navy last year.");
                browser.click(By.id("join-circle"));
                browser.waitFor(By.xpath("//*[contains(text(), 'the circle manager decides')]"));
            }
        }

        try (Browser browser = browsers.open()) {
            browser.signIn(manager.getUsername(), TestPeople.PASSWORD);
            for (int i = 0; i < 2; i++) {
                openTask(browser, "Review join request");
                assertThat(browser.text()).contains("asks to join " + name + " as member").contains("I left the Navy last year.");
                browser.click(By.id("join-approve"));
                browser.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));
                browser.settle();
            }
            openTask(browser, "Publish circle");
            assertThat(browser.text()).contains("it has 3.");
            browser.click(By.id("circle-publish"));
            browser.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));
            browser.settle();

            WebElement meeting = browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Plan and log circle meeting 1']"));
            assertThat(meeting).isNotNull();
            assertThat(browser.waitFor(By.id("dashboard-my-circles")).getText()).contains(name).contains("member, active");
            openTask(browser, "Plan and log circle meeting 1");
            assertThat(browser.driver().findElements(By.tagName("h2")).stream().map(WebElement::getText).toList())
                    .as("which meeting the task is")
                    .contains("Plan and log circle meeting 1");
            assertThat(browser.driver().findElement(By.id("circle-meeting-kind")).getText()).contains("Education");

            // Hold the first (Education) meeting: plan it, everyone gets an invitation, then record it.
            browser.click(By.id("circle-meeting-record"));
            assertThat(browser.waitFor(By.id("task-form-error")).getText()).contains("Plan the meeting first");
            browser.chooseInSelect("circle-meeting-topic", "Giving and receiving feedback");
            LocalDateTime at = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(10)), ZoneId.of("Europe/Berlin"))
                    .withHour(17).withMinute(30).withSecond(0).withNano(0);
            browser.script("const picker = document.getElementById('circle-meeting-at'); picker.value = arguments[0];"
                    + "picker.dispatchEvent(new CustomEvent('change'));", at.toString());
            browser.driver().findElement(By.cssSelector("#circle-meeting-link input")).sendKeys("https://meet.example.com/careers");
            browser.click(By.id("circle-meeting-schedule"));
            assertThat(invitations(name, first)).as("an .ics for each member").isEqualTo(1);
            for (String person : new String[] {first.getDisplayName(), second.getDisplayName()}) {
                browser.click(browser.driver().findElements(By.cssSelector("#circle-meeting-attended vaadin-checkbox")).stream()
                        .filter(box -> box.getText().equals(person)).findFirst().orElseThrow());
            }
            browser.driver().findElement(By.cssSelector("#circle-meeting-summary textarea"))
                    .sendKeys("We practised asking for feedback in pairs.");
            browser.screenshot("target/circle-meeting.png");
            browser.click(By.id("circle-meeting-record"));
            browser.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));

            browser.open(circlePath);
            assertThat(browser.waitFor(By.id("circle-status")).getText()).isEqualTo("Active");
            assertThat(browser.text()).contains("People (3 of 8)").contains("Term 1")
                    .contains("Meeting 1 · Education: Giving and receiving feedback · held, 2 came — We practised asking for feedback in pairs.");
        }
        assertThat(jdbc.queryForObject("select attended from mentorflow.circle_meeting m join mentorflow.circle c "
                + "on c.id = m.circle_id where c.name = ? and m.number = 1", String.class, name))
                .isEqualTo(Math.min(first.getId(), second.getId()) + "," + Math.max(first.getId(), second.getId()));

        try (Browser outsider = browsers.open()) {
            outsider.signIn(fixtures.regular("ui-circle-outsider", 4).getUsername(), TestPeople.PASSWORD);
            outsider.open(circlePath);
            outsider.waitFor(By.id("circle-meetings"));
            assertThat(outsider.text()).contains("Summaries and meeting links are for the circle's people only")
                    .doesNotContain("We practised asking for feedback in pairs.");
            assertThat(outsider.driver().findElements(By.id("cancel-circle"))).as("only the manager or a program manager").isEmpty();
        }

        try (Browser browser = browsers.open()) {
            browser.signIn(manager.getUsername(), TestPeople.PASSWORD);
            browser.open(circlePath);
            browser.click(By.id("cancel-circle"));
            browser.click(By.id("cancel-confirm"));
            assertThat(browser.waitFor(By.cssSelector("vaadin-dialog-overlay .form-error")).getText()).contains("give a reason");
            browser.driver().findElement(By.cssSelector("#cancel-reason textarea")).sendKeys("We merged with another circle.");
            browser.click(By.id("cancel-confirm"));
            browser.waiting(Duration.ofSeconds(20)).until(d -> "Cancelled".equals(
                    d.findElement(By.id("circle-status")).getText()));
            assertThat(browser.text()).contains("read-only archive");
            assertThat(browser.driver().findElements(By.id("leave-circle"))).isEmpty();
        }
    }

    private int invitations(String circleName, Account member) {
        return jdbc.queryForObject("select count(*) from mentorflow.outbox_message where recipient = ? and subject like ? "
                + "and attachment like 'BEGIN:VCALENDAR%'", Integer.class, member.getEmail(), circleName + " meeting 1 (Education)%");
    }

    private static void openTask(Browser browser, String name) {
        browser.open("/");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']"));
        browser.click(browser.driver().findElements(By.cssSelector("#inbox-grid vaadin-button")).stream()
                .filter(b -> ("Open task " + name).equals(b.getAttribute("aria-label"))).findFirst().orElseThrow());
        browser.settle();
    }
}
