package com.mentorflow.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How the job executor finds due jobs when a cohort's timers come due together. The engine's acquisition query
 * filtered the whole of ACT_RU_JOB on every call (a sequential scan: the table has no index on the due date), and
 * its check that no other job of the same journey is running scanned the whole table again (EXPLAIN during
 * TimerWaveBenchmark: 22-36 ms a call with 24,000 jobs, 5.7 jobs acquired a call). Now jobs are acquired in order of
 * their due date from an index on it, every job has a due date (a job due at once is due at its creation), and the
 * running jobs are found in a partial index that holds only locked jobs, by process instance (0.1-0.2 ms a call;
 * publishing 2,000 pairs, whose hundred batch jobs share one process instance: 4.7 ms a call when that index was by
 * lock time only, as PostgreSQL then checked each due job against its instance's hundred jobs; 0.5 ms by instance).
 * Both flags are the engine's own; they are set here, not in application.yaml, because they need the indexes and the
 * repair below.
 */
@Component
class JobAcquisition extends AbstractProcessEnginePlugin {

    static final String DUE_INDEX = "mentorflow_job_due_idx";
    static final String LOCKED_INDEX = "mentorflow_job_locked_idx";
    // Failed jobs (no retries left, waiting for someone to look at the incident) and suspended ones are left out of
    // the due-date index: their old due dates would put them at its head, to be stepped over on every call. The
    // acquisition query's own literals (RETRIES_ > 0, SUSPENSION_STATE_ = 1) let PostgreSQL use it.
    static final String DUE_DEFINITION = "public.act_ru_job (duedate_) where retries_ > 0 and suspension_state_ = 1";
    // By process instance: a cohort run's hundred batch jobs share one, and each due job asks after its own.
    static final String LOCKED_DEFINITION =
            "public.act_ru_job (process_instance_id_, lock_exp_time_) where lock_owner_ is not null";

    private static final Logger log = LoggerFactory.getLogger(JobAcquisition.class);

    private final JdbcTemplate jdbc;

    JobAcquisition(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setJobExecutorAcquireByDueDate(true);
        configuration.setEnsureJobDueDateNotNull(true);
    }

    /** After the engine made its tables, before the job executor starts. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        giveEveryJobADueDate();
        EngineIndex.ensure(jdbc, DUE_INDEX, DUE_DEFINITION, "job acquisition by due date");
        EngineIndex.ensure(jdbc, LOCKED_INDEX, LOCKED_DEFINITION, "job acquisition's check for a journey's running jobs");
    }

    /**
     * With every job given a due date the acquisition no longer asks for jobs without one, so a job written without
     * (an async step created by an earlier version during a rolling upgrade, or a due date removed through the engine's
     * API) would never run. It falls due when it was created, which keeps its place in line. At start-up and then
     * every minute, so such a job waits a minute at most; the due-date index finds them. The version is not raised: a
     * node of the earlier version holding the job in memory runs or deletes it as before rather than failing on a
     * changed version, and should it write the empty due date back, the next round repairs it again.
     */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    int giveEveryJobADueDate() {
        int repaired = jdbc.update("update public.act_ru_job set duedate_ = coalesce(create_time_, timestamp "
                + "'2000-01-01') where duedate_ is null and retries_ > 0 and suspension_state_ = 1");
        if (repaired > 0) {
            log.info("{} job(s) without a due date now fall due at their creation", repaired);
        }
        return repaired;
    }
}
