package com.mentorflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.people.Program;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** A running journey moves to a changed version of its model; instances not migrated stay where they are. */
@MentorflowTest
@WithMockUser(username = "migrating-admin", roles = "ADMIN")
class ModelMigrationsTest {

    @Autowired ModelDeployments deployments;
    @Autowired ModelMigrations migrations;
    @Autowired TestMentorships pairs;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.mentorflow.matching.MatchRequests requests;
    @Autowired com.mentorflow.platform.ProgramCalendar calendar;

    @Test
    void aRunningJourneyMovesToTheNewVersionAndAnotherStaysOnItsOwn() throws Exception {
        TestMentorships.Matched moving = pairs.matched("migrate-move", Program.NEW_HIRE);
        TestMentorships.Matched staying = pairs.matched("migrate-stay", Program.NEW_HIRE);
        ProcessInstance moved = journey(moving.mentorshipId());
        String source = moved.getProcessDefinitionId();

        String changed = Files.readString(Path.of("processes/mentee-journey.bpmn"))
                .replace("R2/${programCalendar.month}", "R3/${programCalendar.month}");
        String deploymentId = deployments.deploy("migrating-admin", "mentee-journey.bpmn", changed.getBytes(StandardCharsets.UTF_8),
                "Remind overdue modules three times");
        try {
            String target = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
            ModelMigrations.Proposal proposal = migrations.propose(source, target);
            assertThat(proposal.problems()).isEmpty();
            assertThat(proposal.unmappedActivities()).isEmpty();
            assertThat(proposal.instances()).isGreaterThanOrEqualTo(2);
            assertThat(proposal.migratable()).isEqualTo(proposal.instances());

            String batchId = migrations.migrate("migrating-admin", source, target, List.of(moved.getId()));
            assertThat(migrations.progress(batchId).finished()).isFalse();
            runBatch(batchId);

            assertThat(journey(moving.mentorshipId()).getProcessDefinitionId()).isEqualTo(target);
            assertThat(journey(staying.mentorshipId()).getProcessDefinitionId()).isEqualTo(source);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(moved.getId()).activityIdIn("Task_Meeting")
                    .count()).as("its open meeting task moved with it").isEqualTo(1);
            assertThat(jdbc.queryForList("select details from mentorflow.audit_entry where action = 'instances-migrated' "
                    + "and actor = 'migrating-admin'", String.class)).anyMatch(d -> d.startsWith("1 instances from " + source));
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void aChangedReminderAppliesToNewRequestsWhileARunningOneKeepsItsOwn() throws Exception {
        long before = request("reminder-before");
        String changed = Files.readString(Path.of("processes/match-request.bpmn"))
                .replace("R2/${programCalendar.reviewReminder}", "R2/P5D");
        String deploymentId = deployments.deploy("migrating-admin", "match-request.bpmn", changed.getBytes(StandardCharsets.UTF_8),
                "Remind mentors after five days");
        try {
            long after = request("reminder-after");
            java.time.Instant now = java.time.Instant.now();
            java.time.Duration shipped = java.time.Duration.parse(calendar.getReviewReminder());
            assertThat(java.time.Duration.between(now, reminderDue(after))).as("the new version's reminder")
                    .isBetween(java.time.Duration.ofDays(5).minusMinutes(5), java.time.Duration.ofDays(5));
            assertThat(java.time.Duration.between(now, reminderDue(before))).as("the running request keeps the shipped reminder")
                    .isLessThanOrEqualTo(shipped);
            assertThat(requestInstance(before).getProcessDefinitionId()).isNotEqualTo(requestInstance(after).getProcessDefinitionId());
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    private long request(String prefix) {
        var mentee = pairs.person(prefix + "-mentee", false, Program.OPEN);
        var mentor = pairs.person(prefix + "-mentor", true, Program.OPEN);
        return requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, "Hello, I would love to learn from you this year.", 12);
    }

    private ProcessInstance requestInstance(long requestId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("match-request")
                .processInstanceBusinessKey(Long.toString(requestId)).singleResult();
    }

    private java.time.Instant reminderDue(long requestId) {
        return managementService.createJobQuery().processInstanceId(requestInstance(requestId).getId()).timers()
                .activityId("Timer_ReviewReminder").singleResult().getDuedate().toInstant();
    }

    private ProcessInstance journey(long mentorshipId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("mentee-journey")
                .processInstanceBusinessKey(Long.toString(mentorshipId)).singleResult();
    }

    /** The job executor is off in tests: run the batch's seed, migration and monitor jobs by hand. */
    private void runBatch(String batchId) {
        Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = managementService.createJobQuery().list().stream().filter(job -> List.of(
                    batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId())
                    .contains(job.getJobDefinitionId())).toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }
}
