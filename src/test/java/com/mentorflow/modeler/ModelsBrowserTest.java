package com.mentorflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The admin's models view lists every model version with its running instances and an upload for a new one. */
@MentorflowTest
@Tag("browser")
class ModelsBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @org.springframework.beans.factory.annotation.Autowired org.camunda.bpm.engine.RepositoryService repositoryService;

    @Test
    void theAdminSeesTheModelVersions() throws Exception {
        try (Browser admin = browsers.open()) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/models");
            admin.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='match-request']"));
            admin.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='circle-lifecycle']"));
            assertThat(admin.driver().findElements(By.cssSelector("#model-upload"))).hasSize(1);
            admin.screenshot("target/models.png");

            // An upload with a script task is refused with the reason, and nothing is deployed.
            long deployments = repositoryService.createDeploymentQuery().count();
            String hostile = new String(getClass().getResourceAsStream("/processes/match-request.bpmn").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("<bpmn:serviceTask id=\"Task_RequireApproval\"",
                    "<bpmn:scriptTask id=\"Task_Evil\" scriptFormat=\"groovy\"><bpmn:script>'rm -rf /'.execute()</bpmn:script>"
                            + "</bpmn:scriptTask><bpmn:serviceTask id=\"Task_RequireApproval\"");
            java.nio.file.Path file = java.nio.file.Files.createTempFile("hostile-", ".bpmn");
            java.nio.file.Files.writeString(file, hostile);
            admin.driver().findElement(By.cssSelector("#model-comment input")).sendKeys("Run a script when approving");
            admin.driver().findElement(By.id("model-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toString());
            new org.openqa.selenium.support.ui.WebDriverWait(admin.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                    d.findElement(By.id("model-problems")).getText().contains("Task_Evil: Script tasks are not allowed"));
            assertThat(admin.driver().findElement(By.id("model-problems")).getText()).startsWith("Not deployed:")
                    .as("the comment typed before the upload counts").doesNotContain("Say what changed");
            assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);

            // A decision opens in the DMN editor on its table.
            int version = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("circle-eligibility")
                    .latestVersion().singleResult().getVersion();
            admin.click(By.id("edit-circle-eligibility-v" + version));
            admin.waitFor(By.cssSelector("mentorflow-dmn-modeler[loaded] .tjs-table"));
            assertThat(admin.text()).contains("Edit circle-eligibility");

            // The admin rewrites one refusal in the table and deploys it as the next version.
            String reworded = "\"Your account is paused, so circles are closed to you for now.\"";
            admin.waitFor(By.cssSelector("td[data-element-id='Output_Inactive']"));
            // WebDriver's keystrokes into dmn-js's editable cells lose the caret between keys, so the edit goes through
            // the table's own command, which is what typing into the cell ends in.
            admin.script("const viewer = arguments[0].modeler.getActiveViewer();"
                    + " const cell = viewer.get('elementRegistry').get('Output_Inactive');"
                    + " viewer.get('modeling').editCell(cell.businessObject, arguments[1]);",
                    admin.driver().findElement(By.cssSelector("mentorflow-dmn-modeler")), reworded);
            new org.openqa.selenium.support.ui.WebDriverWait(admin.driver(), java.time.Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.cssSelector("td[data-element-id='Output_Inactive']")).getText().contains("paused"));
            admin.click(By.id("editor-check"));
            new org.openqa.selenium.support.ui.WebDriverWait(admin.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                    d.findElement(By.id("editor-state")).getText().equals("No problems found."));
            admin.click(By.id("editor-deploy"));
            admin.waitFor(By.cssSelector("#deploy-comment input")).sendKeys("Kinder words for paused accounts");
            admin.click(By.id("deploy-confirm"));
            new org.openqa.selenium.support.ui.WebDriverWait(admin.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                    d.findElement(By.id("editor-state")).getText().equals("Deployed as version " + (version + 1) + "."));
            assertThat(admin.contentSecurityPolicyViolations()).as("the DMN editor works under the CSP").isEmpty();
            var deployed = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("circle-eligibility")
                    .latestVersion().singleResult();
            try (java.io.InputStream in = repositoryService.getResourceAsStream(deployed.getDeploymentId(), deployed.getResourceName())) {
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains(reworded)
                        .contains("camunda:historyTimeToLive");
            } finally {
                repositoryService.deleteDeployment(deployed.getDeploymentId(), true);
            }
        }
        try (Browser participant = browsers.open()) {
            participant.signIn("maya", "mentorflow-demo");
            participant.open("/admin/models");
            assertThat(participant.driver().findElements(By.id("model-versions"))).isEmpty();
        }
    }
}
