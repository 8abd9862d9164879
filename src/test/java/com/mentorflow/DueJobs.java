package com.mentorflow;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Process tests run with the job executor off: they fire what is due by the engine clock themselves. */
public final class DueJobs {

    private DueJobs() {
    }

    /**
     * Executes the instance's jobs due by the engine clock, one at a time and earliest first: an interrupting
     * timer removes the jobs it interrupts, so a list read beforehand would go stale.
     */
    public static void fire(ManagementService managementService, String processInstanceId) {
        for (int round = 0; round < 200; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId)
                    .duedateLowerThen(ClockUtil.getCurrentTime()).orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            managementService.executeJob(due.get(0).getId());
        }
        throw new AssertionError("timers kept firing");
    }
}
