package com.mentorflow.matching.cohort;

import static com.mentorflow.matching.cohort.CohortProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.mentorflow.MentorflowTest;
import com.mentorflow.matching.cohort.CohortPeople.At;
import com.mentorflow.people.Account;
import com.mentorflow.people.Program;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Roles;
import com.mentorflow.tasks.InboxService;
import com.mentorflow.tasks.InboxTask;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through cohort-matching.bpmn with the real services: publish without approval, approval refused then
 * given, discard. What publishing makes of each pair is {@link CohortPublishingTest}.
 */
@MentorflowTest
class CohortProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired CohortRuns runs;
    @Autowired CohortPeople people;
    @Autowired CohortJobs jobs;
    @Autowired InboxService inbox;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void publishedWithoutApprovalInOneBatchAndTheManagerIsTold() {
        Run run = computed();
        ProcessInstance instance = jobs.instance(run.id());
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW);
        BpmnAwareTests.assertThat(task(instance)).isAssignedTo(run.manager()).hasFormKey(FORM_KEY);

        runs.submit(run.manager(), run.id(), false);

        assertThat(status(run)).isEqualTo(CohortRunStatus.PUBLISHING);
        // "Submit" returns at once: publishing starts in a job. Then each batch is a job of its own that may run beside
        // the other batches (not exclusive), and its join one that runs alone (exclusive), in that order.
        BpmnAwareTests.assertThat(instance).hasNotPassed(TASK_APPROVE).isWaitingAt(TASK_PUBLISH + "#multiInstanceBody");
        assertThat(jobs.count(instance.getId())).as("publishing waits in one job").isEqualTo(1);
        assertThat(jobs.runOne(instance.getId())).isEqualTo(TASK_PUBLISH + "#multiInstanceBody exclusive");
        assertThat(jobs.runOne(instance.getId())).as("one batch for two pairs").isEqualTo(TASK_PUBLISH + " not exclusive");
        assertThat(jobs.runOne(instance.getId())).as("the batch's join").isEqualTo(TASK_PUBLISH_BATCH + " exclusive");
        assertThat(jobs.count(instance.getId())).isZero();
        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(TASK_REVIEW, TASK_PUBLISH_BATCH, TASK_PUBLISH, TASK_TELL_MANAGER,
                END_PUBLISHED);
        assertThat(status(run)).isEqualTo(CohortRunStatus.PUBLISHED);
    }

    @Test
    void aSecondManagerSendsTheRunBackThenApprovesItAndTheSubmitterCannotApprove() {
        Run run = computed();
        Account second = people.manager();
        ProcessInstance instance = jobs.instance(run.id());

        runs.submit(run.manager(), run.id(), true);

        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_APPROVE);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup(Roles.PROGRAM_MANAGER.camundaGroup())
                .hasFormKey(FORM_KEY);
        assertThat(status(run)).isEqualTo(CohortRunStatus.AWAITING_APPROVAL);
        assertThat(inbox.page(second.getUsername(), 0, 500)).filteredOn(t -> t.businessKey().equals(Long.toString(run.id())))
                .singleElement().satisfies(approval -> {
                    assertThat(approval.name()).isEqualTo("Approve cohort");
                    assertThat(approval.subject()).isEqualTo("Cohort " + run.id() + ": Open mentoring");
                });
        assertThatThrownBy(() -> runs.approve(run.manager(), run.id(), true, null))
                .isInstanceOf(NotPermittedException.class);

        runs.approve(second.getUsername(), run.id(), false, "Swap Ana's mentor, please.");

        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW);
        BpmnAwareTests.assertThat(task(instance)).isAssignedTo(run.manager());
        assertThat(status(run)).isEqualTo(CohortRunStatus.IN_REVIEW);

        runs.submit(run.manager(), run.id(), true);
        runs.approve(second.getUsername(), run.id(), true, null);
        jobs.runAll(instance.getId());

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(TASK_APPROVE, TASK_PUBLISH, END_PUBLISHED);
        assertThat(status(run)).isEqualTo(CohortRunStatus.PUBLISHED);
    }

    @Test
    void aDiscardedRunEndsWithoutPublishing() {
        Run run = computed();
        ProcessInstance instance = jobs.instance(run.id());

        runs.discard(run.manager(), run.id());

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_DISCARDED).hasNotPassed(TASK_PUBLISH);
        assertThat(status(run)).isEqualTo(CohortRunStatus.DISCARDED);
        assertThat(runs.get(run.manager(), run.id()).pairs()).extracting(CohortRunView.ReviewPair::state)
                .containsOnly(CohortPairState.PROPOSED);
    }

    @Test
    void theInboxTaskLeadsToTheRunsPage() {
        Run run = computed();
        InboxTask review = inbox.page(run.manager(), 0, 500).stream()
                .filter(t -> t.businessKey() != null && t.businessKey().equals(Long.toString(run.id()))).findFirst().orElseThrow();

        assertThat(review.name()).isEqualTo("Review pairs");
        assertThat(new CohortTaskForm().create(review, () -> { }).getElement().getOuterHTML())
                .contains("href=\"cohorts/" + run.id() + "\"");
    }

    record Run(long id, String manager) {
    }

    /** Two mentees and two mentors of open mentoring, in a business line of the test's own: a run of two pairs. */
    private Run computed() {
        String line = CohortPeople.newLine();
        Account manager = people.manager();
        people.mentor("Mo Mentor", Program.OPEN, At.in(line).level(6), 1, 1);
        people.mentor("Nia Mentor", Program.OPEN, At.in(line).level(6), 2, 1);
        people.mentee("Ana Mentee", Program.OPEN, At.in(line), 1);
        people.mentee("Ben Mentee", Program.OPEN, At.in(line), 2);
        long runId = runs.compute(manager.getUsername(), CohortRunsTest.choice(Program.OPEN, line), progress -> { });
        assertThat(runs.get(manager.getUsername(), runId).pairs()).hasSize(2);
        return new Run(runId, manager.getUsername());
    }

    private CohortRunStatus status(Run run) {
        return runs.get(run.manager(), run.id()).status();
    }
}
