package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Program;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Right after the match the mentee sees module 1 and meeting 1, logs the meeting; the mentor sees the notes. */
@MentorflowTest
@Tag("browser")
class JourneyBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired TestMentorships fixtures;

    @Test
    void bothDashboardsFillAtOnceAndMeetingNotesStayWithThePair() throws Exception {
        TestMentorships.Matched pair = fixtures.matched("dash", Program.NEW_HIRE);

        try (Browser mentee = browsers.open()) {
            mentee.signIn(pair.mentee().getUsername(), TestPeople.PASSWORD);
            mentee.open("/journey");
            String year = mentee.waitFor(By.cssSelector(".journey-timeline")).getText().replace('\n', ' ');
            assertThat(year).contains("Due now Module 1: Your first 30 days").contains("Due now Meeting 1 with " + pair.mentor().getDisplayName());

            mentee.open("/");
            // The models name these tasks once for every round; the inbox says which meeting and module each one is.
            WebElement meetingRow = mentee.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Plan and log meeting 1']"));
            assertThat(meetingRow).isNotNull();
            assertThat(mentee.text()).contains("Complete the module: Your first 30 days (module 1)")
                    .doesNotContain("Plan and log the meeting");
            mentee.click(mentee.driver().findElements(By.cssSelector("#inbox-grid vaadin-button")).stream()
                    .filter(b -> b.getAttribute("aria-label").equals("Open task Plan and log meeting 1")).findFirst().orElseThrow());
            mentee.waitFor(By.id("meeting-log"));
            assertThat(mentee.driver().findElements(By.tagName("h2")).stream().map(WebElement::getText).toList())
                    .contains("Plan and log meeting 1");
            mentee.click(mentee.driver().findElements(By.cssSelector("#meeting-held vaadin-radio-button")).stream()
                    .filter(r -> r.getText().equals("Yes")).findFirst().orElseThrow());
            mentee.driver().findElement(By.cssSelector("#meeting-topics textarea")).sendKeys("Settling in");
            mentee.driver().findElement(By.cssSelector("#meeting-notes textarea")).sendKeys("Nervous about the first review");
            mentee.click(By.id("meeting-log"));
            new WebDriverWait(mentee.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));
        }

        try (Browser mentor = browsers.open()) {
            mentor.signIn(pair.mentor().getUsername(), TestPeople.PASSWORD);
            mentor.open("/journey");
            String year = mentor.waitFor(By.cssSelector(".journey-timeline")).getText().replace('\n', ' ');
            assertThat(year).contains("Done Meeting 1 with " + pair.mentee().getDisplayName())
                    .contains("Held: Settling in — notes: Nervous about the first review")
                    .contains("Mentor insight:");
            mentor.screenshot("target/journey.png");
        }

        try (Browser manager = browsers.open()) {
            manager.signIn("priya", "mentorflow-demo");
            manager.open("/journey");
            assertThat(manager.text()).doesNotContain("Nervous about the first review");
        }
    }
}
