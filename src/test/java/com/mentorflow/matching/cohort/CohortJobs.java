package com.mentorflow.matching.cohort;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A cohort run's process in the tests, where the job executor is off: its instance, and its jobs ("Publish pairs"'
 * batches and their joins) run one by one as the executor would run them.
 */
@Component
class CohortJobs {

    private final RuntimeService runtime;
    private final ManagementService management;

    CohortJobs(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    ProcessInstance instance(long runId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CohortProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(runId)).singleResult();
    }

    /** How many jobs the run's process has now. */
    long count(String instanceId) {
        return management.createJobQuery().processInstanceId(instanceId).count();
    }

    /**
     * Runs the process's one executable job and says where it was waiting and whether it was exclusive (an exclusive
     * job never runs beside another exclusive job of its process; the others run side by side).
     */
    String runOne(String instanceId) {
        Job job = next(instanceId);
        String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
        String said = activity + (((JobEntity) job).isExclusive() ? " exclusive" : " not exclusive");
        management.executeJob(job.getId());
        return said;
    }

    /** Runs the process's jobs until it has none left; returns how many ran. */
    int runAll(String instanceId) {
        int ran = 0;
        for (Job job = next(instanceId); job != null; job = next(instanceId)) {
            management.executeJob(job.getId());
            ran++;
        }
        return ran;
    }

    private Job next(String instanceId) {
        return management.createJobQuery().processInstanceId(instanceId).executable().listPage(0, 1).stream()
                .findFirst().orElse(null);
    }
}
