package com.mentorflow.matching.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.bench.BenchMachine;
import com.mentorflow.bench.CpuMeter;
import com.mentorflow.bench.JfrRecording;
import com.mentorflow.bench.Pgbench;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.Roles;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints, does not assert a speed: a cohort's pairs published by cohort-matching.bpmn with the engine's own job
 * executor (its default threads; the tests otherwise run jobs by hand), from "Submit" to the run being PUBLISHED. People
 * and the run's pairs are seeded in SQL; every figure is read back from the database. Sizes: -Dbench.cohortPairs
 * (default 2,000), -Dbench.cohortProgram (NEW_HIRE: mentorships and journeys at once; OPEN: match requests);
 * -Dbench.jfr=FILE records the publishing with JFR.
 */
@MentorflowTest
@Tag("bench")
class CohortPublishBenchmark {

    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessEngine engine;
    @Autowired HistoryService history;
    @Autowired AccountService accounts;
    @Autowired CohortProcess process;
    @Autowired CohortSettings settings;
    @Autowired TransactionTemplate transaction;
    @Autowired DataSource dataSource;

    @Test
    void publishingACohortWithTheJobExecutor() throws Exception {
        int pairs = Integer.getInteger("bench.cohortPairs", 2_000);
        Program program = Program.valueOf(System.getProperty("bench.cohortProgram", "NEW_HIRE"));
        String run = "P" + Long.toString(System.currentTimeMillis(), 36);
        String manager = TestPeople.create(accounts, "bench-pm", Roles.PROGRAM_MANAGER).getUsername();
        long base = seedPeople(run, pairs, program);
        long runId = seedRun(base, pairs, program, manager);
        transaction.executeWithoutResult(status -> process.start(runId, manager));

        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        CpuMeter cpu = new CpuMeter(jdbc);
        long[] cpuBefore = cpu.now();
        long start = System.nanoTime();
        try (JfrRecording recording = JfrRecording.start("publishing")) {
            transaction.executeWithoutResult(status -> process.submit(runId, manager, false));
            executor.start();
            while (!"PUBLISHED".equals(status(runId)) && System.nanoTime() - start < 600_000_000_000L) {
                Thread.sleep(100);
            }
        } finally {
            executor.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] cpuAfter = cpu.now();
        String load = BenchMachine.load();

        assertThat(status(runId)).isEqualTo("PUBLISHED");
        long published = count("select count(*) from mentorflow.cohort_run_pair where run_id = ? and state <> 'PROPOSED'", runId);
        long skipped = count("select count(*) from mentorflow.cohort_run_pair where run_id = ? and state = 'PROPOSED'", runId);
        long mentorships = count("select count(*) from mentorflow.mentorship m join mentorflow.cohort_run_pair p "
                + "on p.mentorship_id = m.id where p.run_id = ?", runId);
        long requests = count("select count(*) from mentorflow.match_request r join mentorflow.cohort_run_pair p "
                + "on p.match_request_id = r.id where p.run_id = ? and r.status = 'PENDING'", runId);
        long journeys = count("select count(*) from public.act_ru_execution e join mentorflow.cohort_run_pair p "
                + "on e.business_key_ = p.mentorship_id::text where p.run_id = ? and e.parent_id_ is null "
                + "and e.proc_def_id_ like 'mentee-journey:%'", runId);
        long tasks = count("select count(*) from public.act_ru_task t join public.act_ru_execution e on e.id_ = t.proc_inst_id_ "
                + "join mentorflow.cohort_run_pair p on e.business_key_ = p.mentorship_id::text where p.run_id = ? "
                + "and e.parent_id_ is null and e.proc_def_id_ like 'mentee-journey:%'", runId);
        System.out.printf("%nBENCH cohort publishing (%s, %s): %d pairs published, %d skipped in %.1f s = %.0f pairs/s; "
                        + "%d mentorships, %d journeys running, %d journey tasks in inboxes, %d open requests "
                        + "(job executor: %s with %s pairs a batch, %s)%n", program, engine.getProcessEngineConfiguration().getHistory(),
                published, skipped, seconds, published / seconds, mentorships, journeys, tasks, requests,
                executor.getClass().getSimpleName(), settings.pairsPerBatch(), load);
        System.out.printf("BENCH cohort publishing: CPU per pair: JVM %.2f ms, PostgreSQL server %s%n",
                (cpuAfter[0] - cpuBefore[0]) / (double) published, cpuAfter[1] < 0 ? "not on this machine"
                        : String.format("%.2f ms", (cpuAfter[1] - cpuBefore[1]) / (double) published));
        Pgbench.Server server = Pgbench.server(dataSource);
        Pgbench.prepare(dataSource, server);
        Pgbench.Result pgbench = Pgbench.simpleUpdates(server, 20);
        System.out.printf("BENCH cohort publishing: %s on %s: %.0f TPS (%s); %.0f pairs/s = %.1f%% of it%n",
                pgbench.command(), BenchMachine.server(jdbc, server), pgbench.tps(), BenchMachine.load(),
                published / seconds, 100 * published / seconds / pgbench.tps());
    }

    private long seedPeople(String run, int pairs, Program program) {
        long base = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mentorflow.account", Long.class);
        int people = 2 * pairs;
        // Mentors first (even offsets under pairs), then mentees; mentors a level above and at another site.
        jdbc.update("""
                insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, country, business_line,
                    level, hire_date, languages, active)
                select ? || '-' || n, 'Person ' || n, ? || '.' || n || '@bench.example.com', 'REGULAR',
                       case when n < ? then 'Seattle' else 'Austin' end, 'US', 'Cohort bench',
                       case when n < ? then 6 else 3 end, date '2026-01-05', 'en', true
                from generate_series(0, ? - 1) n""", run, run, pairs, pairs, people);
        jdbc.update("""
                insert into mentorflow.account (id, username, email, display_name, active, created_at, employee_id)
                select ? + n, ? || '-' || n, ? || '.' || n || '@bench.example.com', 'Person ' || n, true, now(), ? || '-' || n
                from generate_series(0, ? - 1) n""", base, run.toLowerCase(), run, run, people);
        jdbc.queryForObject("select setval('mentorflow.account_seq', (select max(id) from mentorflow.account) + 100)", Long.class);
        jdbc.update("insert into mentorflow.account_role select ? + n, 'PARTICIPANT' from generate_series(0, ? - 1) n",
                base, people);
        jdbc.update("""
                insert into mentorflow.profile (account_id, wants_mentor, wants_mentee, wants_circles, programs, time_zone,
                    goal_topics, strength_topics, mentor_capacity, accepting_requests, service_relation, consent_given_at,
                    completed_at, updated_at)
                select ? + n, n < ?, n >= ?, false, ?, null, '1', '1', 1, true, 'NONE', now(), now(), now()
                from generate_series(0, ? - 1) n""", base, pairs, pairs, program.name(), people);
        return base;
    }

    /** A run in review whose pairs are mentee base+pairs+i with mentor base+i. */
    private long seedRun(long base, int pairs, Program program, String manager) {
        long runId = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mentorflow.cohort_run", Long.class);
        jdbc.update("""
                insert into mentorflow.cohort_run (id, program, status, computed_by, computed_at, mentee_count, mentor_count,
                    total_score, upper_bound) values (?, ?, 'IN_REVIEW', ?, now(), ?, ?, ?, ?)""",
                runId, program.name(), manager, pairs, pairs, 50.0 * pairs, 50.0 * pairs);
        long pairBase = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mentorflow.cohort_run_pair", Long.class);
        jdbc.update("""
                insert into mentorflow.cohort_run_pair (id, run_id, mentee_account_id, mentor_account_id, score, reasons,
                    locked, removed, state)
                select ? + n, ?, ? + ? + n, ? + n, 50, '', false, false, 'PROPOSED' from generate_series(0, ? - 1) n""",
                pairBase, runId, base, pairs, base, pairs);
        jdbc.queryForObject("select setval('mentorflow.cohort_run_seq', (select max(id) from mentorflow.cohort_run) + 100)", Long.class);
        jdbc.queryForObject("select setval('mentorflow.cohort_run_pair_seq', (select max(id) from mentorflow.cohort_run_pair) + 100)",
                Long.class);
        return runId;
    }

    private String status(long runId) {
        return jdbc.queryForObject("select status from mentorflow.cohort_run where id = ?", String.class, runId);
    }

    private long count(String sql, long runId) {
        return jdbc.queryForObject(sql, Long.class, runId);
    }
}
