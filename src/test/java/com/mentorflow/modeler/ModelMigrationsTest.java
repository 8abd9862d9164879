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
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired com.mentorflow.matching.MatchRequests requests;
    @Autowired com.mentorflow.matching.MatchRequestAnswers answers;
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

    @Test
    void aMigrationThatFailsSaysWhy() throws Exception {
        long requestId = request("migrate-fail");
        ProcessInstance instance = requestInstance(requestId);
        String changed = Files.readString(Path.of("processes/match-request.bpmn"))
                .replace("R2/${programCalendar.reviewReminder}", "R2/P4D");
        String deploymentId = deployments.deploy("migrating-admin", "match-request.bpmn", changed.getBytes(StandardCharsets.UTF_8),
                "Remind mentors after four days");
        try {
            String target = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
            String batchId = migrations.migrate("migrating-admin", instance.getProcessDefinitionId(), target, List.of(instance.getId()));
            Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
            managementService.executeJob(managementService.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId())
                    .singleResult().getId());
            // The request ends between planning and moving: the mentor declines it.
            String review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
            answers.review(review, reviewer(requestId), false, com.mentorflow.matching.DeclineReason.values()[0], "Not this year.");
            Job migration = managementService.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).singleResult();
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    managementService.executeJob(migration.getId());
                } catch (RuntimeException expected) {
                    // the engine counts the retry down; the batch reports the failure once none are left
                }
            }
            ModelMigrations.Progress progress = migrations.progress(batchId);
            assertThat(progress.failed()).isEqualTo(1);
            assertThat(progress.finished()).isTrue();
            assertThat(migrations.failures(batchId, 20)).singleElement().asString().contains(instance.getId());
        } finally {
            managementService.createBatchQuery().list().forEach(b -> managementService.deleteBatch(b.getId(), true));
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    private String reviewer(long requestId) {
        return jdbc.queryForObject("select a.username from mentorflow.match_request r join mentorflow.account a "
                + "on a.id = r.mentor_account_id where r.id = ?", String.class, requestId);
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
