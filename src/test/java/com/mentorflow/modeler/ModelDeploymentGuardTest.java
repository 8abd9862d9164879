package com.mentorflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.Roles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The engine itself refuses an invalid model, whether it comes through the Java API or /engine-rest. */
@MentorflowTest
class ModelDeploymentGuardTest {

    @Autowired RepositoryService repositoryService;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;

    @Autowired ModelDeployments models;

    static java.util.List<HostileModels.Case> hostileModels() throws Exception {
        return HostileModels.all();
    }

    /** The hostile models, each through the editor's service and through /engine-rest. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} is refused by the editor's service and by /engine-rest")
    @org.junit.jupiter.params.provider.MethodSource("hostileModels")
    @org.springframework.security.test.context.support.WithMockUser(username = "hostile-admin", roles = "ADMIN")
    void everyHostileModelIsRefusedWithItsMessageWhicheverWayItComes(HostileModels.Case hostile) throws Exception {
        long deployments = repositoryService.createDeploymentQuery().count();
        assertThatThrownBy(() -> models.deploy("hostile-admin", "match-request.bpmn", hostile.content(), "A change that must not run"))
                .isInstanceOfSatisfying(com.mentorflow.platform.RejectedInputException.class, e ->
                        assertThat(String.join(" ", e.problems().values())).contains(hostile.refusal()));

        Account admin = TestPeople.create(accounts, "hostile-rest", Roles.ADMIN);
        ResponseEntity<String> response = deployOverRest(admin, "hostile: " + hostile.name(), hostile.content());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains(hostile.refusal().replace("\"", "\\\""));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aScriptTaskIsRefusedThroughTheApiAndEngineRestAndNothingIsDeployed() throws Exception {
        String hostile = Files.readString(Path.of("processes/match-request.bpmn")).replace(
                "<bpmn:serviceTask id=\"Task_RequireApproval\"",
                "<bpmn:scriptTask id=\"Task_Evil\" scriptFormat=\"javascript\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>"
                        + "<bpmn:serviceTask id=\"Task_RequireApproval\"");
        long before = repositoryService.createProcessDefinitionQuery().processDefinitionKey("match-request").count();

        assertThatThrownBy(() -> repositoryService.createDeployment().name("hostile")
                .addString("match-request.bpmn", hostile).deploy())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Task_Evil: Script tasks are not allowed");

        Account admin = TestPeople.create(accounts, "guard-admin", Roles.ADMIN);
        ResponseEntity<String> response = deployOverRest(admin, "hostile over REST", hostile);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Script tasks are not allowed");

        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("match-request").count()).isEqualTo(before);
    }

    @Test
    void aValidChangeDeploysAsANewVersion() throws Exception {
        String changed = Files.readString(Path.of("processes/match-request.bpmn"))
                .replace("R2/${programCalendar.reviewReminder}", "R3/P2D");
        int latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey("match-request").latestVersion()
                .singleResult().getVersion();
        String deploymentId = repositoryService.createDeployment().name("reminder every two days")
                .addString("match-request.bpmn", changed).deploy().getId();
        try {
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("match-request").latestVersion()
                    .singleResult().getVersion()).isEqualTo(latest + 1);
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void aDeploymentOverEngineRestIsRecordedWithWhoDeployedIt() throws Exception {
        String changed = Files.readString(Path.of("processes/match-request.bpmn"))
                .replace("R2/${programCalendar.reviewReminder}", "R2/P3D");
        Account admin = TestPeople.create(accounts, "rest-admin", Roles.ADMIN);
        ResponseEntity<String> response = deployOverRest(admin, "Reminder after three days, from the desktop Modeler", changed);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String deploymentId = repositoryService.createDeploymentQuery().deploymentName(
                "Reminder after three days, from the desktop Modeler").singleResult().getId();
        try {
            assertThat(jdbc.queryForObject("select deployed_by from mentorflow.model_deployment where deployment_id = ?",
                    String.class, deploymentId)).isEqualTo(admin.getUsername());
            assertThat(jdbc.queryForList("select details from mentorflow.audit_entry where action = 'model-deployed' and actor = ?",
                    String.class, admin.getUsername())).singleElement().asString()
                    .contains("match-request.bpmn", deploymentId, "Reminder after three days, from the desktop Modeler");
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    private ResponseEntity<String> deployOverRest(Account admin, String name, String bpmn) {
        return deployOverRest(admin, name, bpmn.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<String> deployOverRest(Account admin, String name, byte[] bpmn) {
        return EngineRestDeployments.deploy(http, admin, name, "match-request.bpmn", bpmn);
    }
}
