package com.mentorflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.people.Account;
import com.mentorflow.people.Program;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin opens the match-request model in the browser editor, changes the mentor's reminder in the properties
 * panel, deploys it with a comment, sees the new version listed and moves a running request over to it.
 */
@MentorflowTest
@Tag("browser")
class ModelEditorBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    private static final String CHANGED_REMINDER = "R3/${programCalendar.reviewReminder}";

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TestMentorships mentorships;
    @Autowired MatchRequests requests;

    @Test
    void theAdminChangesTheReminderDeploysAndMovesARunningRequest() throws Exception {
        Account mentee = mentorships.person("editor-mentee", false, Program.OPEN);
        Account mentor = mentorships.person("editor-mentor", true, Program.OPEN);
        long requestId = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN,
                "Hello, I would love to learn from you this year.", 12);
        ProcessDefinition before = latestMatchRequest();
        String original = resource(before);
        String running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(requestId))
                .processDefinitionKey("match-request").singleResult().getProcessDefinitionId();
        assertThat(running).isEqualTo(before.getId());

        try (Browser admin = browsers.open()) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/models");
            admin.click(By.id("edit-match-request-v" + before.getVersion()));
            WebElement editor = admin.waitFor(By.cssSelector("mentorflow-bpmn-modeler[loaded]"));

            // Selected through the modeler: on the canvas the flow leaving the timer lies over its centre.
            admin.script("const m = arguments[0].modeler; m.get('selection').select(m.get('elementRegistry')"
                    + ".get('Timer_ReviewReminder'))", editor);
            admin.waitFor(By.cssSelector("[data-group-id='group-timer']"));
            if (admin.driver().findElements(By.cssSelector("[data-group-id='group-timer'] .bio-properties-panel-group-entries.open"))
                    .isEmpty()) {
                admin.click(By.cssSelector("[data-group-id='group-timer'] .bio-properties-panel-group-header"));
            }
            WebElement value = admin.waitFor(By.id("bio-properties-panel-timerEventDefinitionValue"));
            assertThat(value.getAttribute("value")).isEqualTo("R2/${programCalendar.reviewReminder}");
            // A timer that does not parse is marked on its element and listed; nothing can be deployed.
            value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "R2/whenever", Keys.TAB);
            admin.click(By.id("editor-check"));
            admin.waitFor(By.cssSelector("g.djs-element.mentorflow-problem[data-element-id='Timer_ReviewReminder']"));
            waitForText(admin, By.id("editor-problems"), "\"R2/whenever\" is not an ISO-8601");
            assertThat(admin.driver().findElements(By.cssSelector(".model-problem"))).isNotEmpty();

            value.sendKeys(Keys.chord(Keys.CONTROL, "a"), CHANGED_REMINDER, Keys.TAB);
            admin.click(By.id("editor-check"));
            waitForText(admin, By.id("editor-state"), "No problems found.");
            assertThat(admin.driver().findElements(By.cssSelector("g.djs-element.mentorflow-problem"))).isEmpty();

            admin.click(By.id("editor-deploy"));
            WebElement comment = admin.waitFor(By.cssSelector("#deploy-comment input"));
            comment.sendKeys("ok");
            admin.click(By.id("deploy-confirm"));
            waitForText(admin, By.id("deploy-comment"), "Say what changed and why");
            assertThat(latestMatchRequest().getVersion()).as("a two-letter comment is refused").isEqualTo(before.getVersion());

            comment.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Remind mentors three times instead of twice");
            admin.click(By.id("deploy-confirm"));
            int next = before.getVersion() + 1;
            waitForText(admin, By.id("editor-state"), "Deployed as version " + next + ".");
            ProcessDefinition after = latestMatchRequest();
            assertThat(after.getVersion()).isEqualTo(next);
            assertThat(resource(after)).contains(CHANGED_REMINDER).doesNotContain("R2/${programCalendar.reviewReminder}");

            // The running request can move: the offer lists its version, the plan says how many can move.
            admin.click(By.xpath("//vaadin-dialog-overlay//vaadin-button[starts-with(normalize-space(.), 'From version "
                    + before.getVersion() + "')]"));
            waitForText(admin, By.id("migration-plan"), "can move");
            admin.click(By.id("migration-start"));
            waitForText(admin, By.id("migration-status"), "Moving instances");
            runBatchJobs();
            waitForText(admin, By.id("migration-status"), "Done: every instance that could move is on the new version.");
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(requestId))
                    .processDefinitionKey("match-request").singleResult().getProcessDefinitionId()).isEqualTo(after.getId());
            admin.screenshot("target/model-editor.png");

            admin.open("/admin/models");
            admin.waitFor(By.id("edit-match-request-v" + next));
            assertThat(admin.text()).contains("Remind mentors three times instead of twice").contains("admin");
            assertThat(admin.contentSecurityPolicyViolations()).as("the BPMN editor works under the CSP").isEmpty();
        } finally {
            // The shipped model is the newest again for the tests that follow (moved instances stay where they are).
            if (latestMatchRequest().getVersion() > before.getVersion()) {
                repositoryService.createDeployment().name("Back to the shipped match-request")
                        .addString(before.getResourceName(), original).deploy();
            }
        }
    }

    /** The job executor is off in tests: the seed job creates the migration jobs, then each runs, then the monitor. */
    private void runBatchJobs() {
        for (int round = 0; round < 5; round++) {
            for (Batch batch : managementService.createBatchQuery().list()) {
                for (String definition : new String[] {batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                        batch.getMonitorJobDefinitionId()}) {
                    for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
                        managementService.executeJob(job.getId());
                    }
                }
            }
        }
    }

    private static void waitForText(Browser browser, By locator, String text) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
                    driver.findElements(locator).stream().anyMatch(e -> e.getText().contains(text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("target/model-editor-failed.png");
            throw new AssertionError("Waited for \"" + text + "\" in " + locator + "; the page read: " + browser.text(), e);
        }
    }

    private ProcessDefinition latestMatchRequest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("match-request").latestVersion().singleResult();
    }

    private String resource(ProcessDefinition definition) throws Exception {
        try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
