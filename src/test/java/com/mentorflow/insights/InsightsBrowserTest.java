package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.insights.ProcessMaps;
import com.mentorflow.insights.ProgramFigures;
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
import org.springframework.security.test.context.support.WithMockUser;

/** A program manager reads the figures' charts and tables, opens the journey's process map, reads the count on an activity and lists its instances. */
@MentorflowTest
@Tag("browser")
class InsightsBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired TestMentorships fixtures;
    @Autowired ProcessMaps maps;
    @Autowired ProgramFigures figures;

    @Test
    @WithMockUser(username = "map-reader", roles = "PROGRAM_MANAGER")
    void theJourneyMapShowsHowManyPairsWaitAtEachActivity() throws Exception {
        TestMentorships.Matched pair = fixtures.matched("map", Program.NEW_HIRE);
        ProcessMaps.Model journey = maps.models().stream().filter(m -> m.key().equals("mentee-journey")).findFirst().orElseThrow();
        long meetings = maps.counts(journey.definitionId()).get("Task_Meeting").instances();
        assertThat(meetings).isPositive();

        String activeMentorships = figures.overview(ProgramFigures.Filter.none()).figures().stream()
                .filter(f -> f.key().equals("active-mentorships")).findFirst().orElseThrow().value();

        try (Browser manager = browsers.open()) {
            manager.signIn("priya", "mentorflow-demo");
            manager.open("/insights");
            String card = manager.waitFor(By.id("figure-active-mentorships")).getText();
            assertThat(card).startsWith("Active mentorships\n" + activeMentorships);
            WebElement chart = manager.waitFor(By.cssSelector("#figure-active-mentorships mentorflow-trend-chart[drawn]"));
            assertThat(chart.getDomAttribute("role")).isEqualTo("img");
            assertThat(chart.getDomAttribute("aria-label"))
                    .startsWith("Active mentorships, last twelve months: " + activeMentorships + " in ");
            assertThat(((Number) manager.script("return arguments[0].shadowRoot.querySelector('canvas').width", chart))
                    .intValue()).as("Chart.js drew into the card's width").isGreaterThan(200);
            assertThat(manager.text()).contains("Module 1: Your first 30 days").contains("Acceptance rate");
            manager.screenshots("program-overview");

            // The same months as a table, for a screen reader or anyone who wants the numbers.
            manager.click(manager.driver().findElement(By.cssSelector("#figure-active-mentorships .figure-table summary")));
            WebElement table = manager.waitFor(By.cssSelector("#figure-active-mentorships .figure-table table"));
            assertThat(table.findElement(By.tagName("caption")).getText()).isEqualTo("Active mentorships by month");
            assertThat(table.findElements(By.cssSelector("tbody th[scope=row]"))).hasSize(12);
            assertThat(table.findElement(By.cssSelector("tbody tr:last-child td")).getText()).isEqualTo(activeMentorships);
            manager.screenshots("program-overview-table");

            manager.open("/insights/processes");
            new WebDriverWait(manager.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(By.id("process-map"))
                    .getAttribute("loaded") != null);
            WebElement badge = manager.waitFor(By.cssSelector("#process-map .activity-count[data-activity='Task_Meeting']"));
            assertThat(badge.getText()).isEqualTo(Long.toString(meetings));
            assertThat(badge.getAttribute("title")).as("the tooltip comes worded from the reader's bundle").isEqualTo(meetings + " active");
            assertThat(manager.driver().findElement(By.cssSelector("#process-map .bjs-powered-by")).isDisplayed())
                    .as("the bpmn.io watermark stays visible").isTrue();
            assertThat(manager.driver().findElement(By.id("process-map")).getSize().getHeight())
                    .as("the diagram keeps a readable height at 1280x900, not squeezed by the list below").isGreaterThan(450);
            manager.screenshots("process-map");

            manager.click(manager.driver().findElement(By.cssSelector("#process-map [data-element-id='Task_Meeting']")));
            // The badge counts waiting tasks, the list counts instances: a pair can have two meetings open at once.
            long running = maps.instanceCount(journey.definitionId(), "Task_Meeting");
            assertThat(running).isPositive().isLessThanOrEqualTo(meetings);
            assertThat(manager.waitFor(By.id("process-instance-total")).getText()).isEqualTo(running + " running");
            manager.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Mentorship of')]"));

            manager.open("/insights/mentorships/" + pair.mentorshipId());
            assertThat(manager.waitFor(By.id("mentorship-title")).getText())
                    .isEqualTo("Mentorship of " + pair.mentee().getDisplayName() + " with " + pair.mentor().getDisplayName());
            assertThat(manager.text()).contains("Private notes stay with the pair.");
        }
    }
}
