package com.mentorflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Listing, deploying with a comment, refusing with every reason, downloading and rolling back model versions. */
@MentorflowTest
@WithMockUser(username = "models-admin", roles = "ADMIN")
class ModelDeploymentsTest {

    @Autowired ModelDeployments models;
    @Autowired RepositoryService repositoryService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyVersionIsListedAndCanBeDownloaded() throws Exception {
        ModelDeployments.Version journey = models.versions().stream().filter(v -> v.key().equals("mentee-journey")).findFirst()
                .orElseThrow();
        assertThat(journey.kind()).isEqualTo("process");
        assertThat(models.versions()).anyMatch(v -> v.key().equals("circle-eligibility") && v.kind().equals("decision"));
        assertThat(new String(models.download(journey), StandardCharsets.UTF_8)).contains("id=\"mentee-journey\"");
    }

    @Test
    void aModelWithAScriptTaskAndNoCommentIsRefusedWithBothReasons() throws Exception {
        String hostile = matchRequest().replace("<bpmn:serviceTask id=\"Task_RequireApproval\"",
                "<bpmn:scriptTask id=\"Task_Evil\"><bpmn:script>1</bpmn:script></bpmn:scriptTask><bpmn:serviceTask id=\"Task_RequireApproval\"");
        long before = repositoryService.createDeploymentQuery().count();
        assertThatThrownBy(() -> models.deploy("models-admin", "match-request.bpmn", hostile.getBytes(StandardCharsets.UTF_8), " "))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(String.join(" ", e.problems().values()))
                        .contains("Say what changed and why").contains("Task_Evil: Script tasks are not allowed"));
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void aChangedReminderDeploysAsTheNewestVersionAndRollingBackDeploysTheOldOneAgain() throws Exception {
        ModelDeployments.Version first = models.versions().stream().filter(v -> v.key().equals("match-request")).findFirst()
                .orElseThrow();
        String changed = matchRequest().replace("R2/${programCalendar.reviewReminder}", "R3/P2D");
        String changedDeployment = models.deploy("models-admin", "match-request.bpmn", changed.getBytes(StandardCharsets.UTF_8),
                "Remind mentors every two days, three times");
        String rollBackDeployment = null;
        try {
            ModelDeployments.Version newest = models.versions().stream().filter(v -> v.key().equals("match-request"))
                    .findFirst().orElseThrow();
            assertThat(newest.version()).isEqualTo(first.version() + 1);
            assertThat(newest.comment()).isEqualTo("Remind mentors every two days, three times");
            assertThat(newest.deployedBy()).isEqualTo("models-admin");
            assertThat(models.changesFromPrevious(newest)).containsExactly(
                    "changed TimerDefinition_ReviewReminder: timeCycle \"R2/${programCalendar.reviewReminder}\" → \"R3/P2D\"");
            assertThat(jdbc.queryForList("select details from mentorflow.audit_entry where action = 'model-deployed' and actor = "
                    + "'models-admin'", String.class)).anyMatch(d -> d.contains("Remind mentors every two days"));

            rollBackDeployment = models.rollBack("models-admin", first, "The old reminder worked better");
            ModelDeployments.Version again = models.versions().stream().filter(v -> v.key().equals("match-request"))
                    .findFirst().orElseThrow();
            assertThat(again.version()).isEqualTo(first.version() + 2);
            assertThat(models.download(again)).isEqualTo(models.download(first));
        } finally {
            if (rollBackDeployment != null) {
                repositoryService.deleteDeployment(rollBackDeployment, true);
            }
            repositoryService.deleteDeployment(changedDeployment, true);
        }
    }

    @Test
    @WithMockUser(username = "models-participant", roles = "PARTICIPANT")
    void onlyAdminsSeeOrDeployModels() {
        assertThatThrownBy(() -> models.versions()).isInstanceOf(NotPermittedException.class);
    }

    private static String matchRequest() throws Exception {
        return Files.readString(Path.of("processes/match-request.bpmn"));
    }
}
