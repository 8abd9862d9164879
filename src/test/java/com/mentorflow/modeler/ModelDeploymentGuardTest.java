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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The engine itself refuses an invalid model, whether it comes through the Java API or /engine-rest. */
@MentorflowTest
class ModelDeploymentGuardTest {

    @Autowired RepositoryService repositoryService;
    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;

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
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "hostile over REST");
        form.add("data", new ByteArrayResource(hostile.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "match-request.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = http.withBasicAuth(admin.getUsername(), TestPeople.PASSWORD)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
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
}
