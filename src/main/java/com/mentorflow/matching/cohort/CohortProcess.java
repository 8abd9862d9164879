package com.mentorflow.matching.cohort;

import static com.mentorflow.matching.cohort.CohortVariables.*;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Sentence;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only engine-facing class of cohort runs: starts cohort-matching.bpmn for a computed run (business key: the run
 * id) and completes its two user tasks for {@link CohortRuns}, which checks who may act first. The run's status moves
 * here, in the transaction that moves the process, so the page never shows a status the process is not in. The ids of
 * the model are here too, for the code and the tests.
 */
@Component
class CohortProcess {

    static final String PROCESS_KEY = "cohort-matching";
    static final String TASK_REVIEW = "Task_ReviewPairs";
    static final String TASK_APPROVE = "Task_ApproveCohort";
    /** A parallel multi-instance: one job per batch of pairs, then one per join (see the model's comment). */
    static final String TASK_PUBLISH = "SubProcess_PublishPairs";
    static final String TASK_PUBLISH_BATCH = "Task_PublishBatch";
    static final String TASK_TELL_MANAGER = "Task_TellManager";
    static final String END_PUBLISHED = "EndEvent_Published";
    static final String END_DISCARDED = "EndEvent_Discarded";
    /** Both tasks open the run's page ({@code cohorts/<runId>}), where the manager reviews or approves. */
    static final String FORM_KEY = "app:cohort-run";

    static final String VAR_RUN_ID = "runId";
    static final String VAR_MANAGER = "manager";
    static final String VAR_DECISION = "decision";
    static final String VAR_SECOND_APPROVAL = "secondApproval";
    static final String VAR_APPROVER = "approver";
    static final String VAR_APPROVED = "approved";
    static final String VAR_NOTE = "note";
    /** The batch of "Publish pairs" (its first mentee's account id), the element of its multi-instance. */
    static final String VAR_BATCH = "batch";
    static final String PUBLISH = "PUBLISH";
    static final String DISCARD = "DISCARD";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CohortRunRecords records;

    CohortProcess(RuntimeService runtime, TaskService tasks, CohortRunRecords records) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.records = records;
    }

    /** In compute's transaction: the process waits in "Review pairs", assigned to the manager who computed. */
    @Transactional
    void start(long runId, String manager) {
        Map<String, Object> variables = new HashMap<>();
        RUN_ID.putInto(variables, runId);
        MANAGER.putInto(variables, manager);
        runtime.startProcessInstanceByKey(PROCESS_KEY, Long.toString(runId), variables);
    }

    /** Completes "Review pairs": publishing starts now, or waits in "Approve cohort" for another manager. */
    @Transactional
    void submit(long runId, String manager, boolean secondApproval) {
        Task review = task(runId, TASK_REVIEW, "matching.cohortPublish.refusal.notInReview");
        records.status(runId, secondApproval ? CohortRunStatus.AWAITING_APPROVAL : CohortRunStatus.PUBLISHING);
        Map<String, Object> variables = new HashMap<>();
        DECISION.putInto(variables, PUBLISH);
        SECOND_APPROVAL.putInto(variables, secondApproval);
        MANAGER.putInto(variables, manager);
        tasks.complete(review.getId(), variables);
    }

    /**
     * Completes "Approve cohort". The manager who submitted the run cannot approve it: a second approval means a
     * second person. Refused, the run goes back to "Review pairs" with the approver's note.
     */
    @Transactional
    void approve(long runId, String approver, boolean approved, String note) {
        Task approval = task(runId, TASK_APPROVE, "matching.cohortPublish.refusal.notAwaitingApproval");
        if (approver.equals(MANAGER.from(tasks, approval.getId()))) {
            throw new NotPermittedException(Sentence.of("matching.cohortPublish.refusal.ownRun"));
        }
        records.status(runId, approved ? CohortRunStatus.PUBLISHING : CohortRunStatus.IN_REVIEW);
        Map<String, Object> variables = new HashMap<>();
        APPROVED.putInto(variables, approved);
        APPROVER.putInto(variables, approver);
        NOTE.putInto(variables, note);
        tasks.setAssignee(approval.getId(), approver);
        tasks.complete(approval.getId(), variables);
    }

    /** Completes "Review pairs" with the decision to discard; the process ends there. */
    @Transactional
    void discard(long runId, String manager) {
        Task review = task(runId, TASK_REVIEW, "matching.cohortPublish.refusal.notInReview");
        records.status(runId, CohortRunStatus.DISCARDED);
        Map<String, Object> variables = new HashMap<>();
        DECISION.putInto(variables, DISCARD);
        MANAGER.putInto(variables, manager);
        tasks.complete(review.getId(), variables);
    }

    private Task task(long runId, String taskId, String notThere) {
        Task task = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(runId)).taskDefinitionKey(taskId).singleResult();
        if (task == null) {
            throw new ConflictException(Sentence.of(notThere));
        }
        return task;
    }
}
