package com.mentorflow.bench;

import com.mentorflow.MentorflowTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cohort's timers due in the same minute: -Dbench.timers (default 20,000) next-program-month timers of real
 * journeys (one a journey, so as many pairs started as accepting does; each opens that month's module, meeting or
 * check-ins), moved to now with the ManagementService and drained by a
 * job executor built like the app's from camunda.bpm.job-execution (-Dbench.job.settings="core=4,acq=8" overrides).
 * Every round has journeys of its own (seeded and started before it), so each drains the same month-1 timers.
 * Round 1: one job executor (one node). Round 2: two job executors in this JVM on the same engine and database, each
 * with its own acquisition thread, pool and lock owner. -Dbench.job.candidates ("spec;spec", at most 3) drains
 * further rounds with other settings on one executor, to choose them by measurement. -Dbench.jfr=FILE records the
 * one-node round's drain with JFR's profile settings.
 */
@MentorflowTest
@Tag("bench")
class TimerWaveBenchmark {

    private static final String ONE_NODE = "one node";

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired CamundaBpmProperties camunda;

    @Test
    void timersDrainedPerSecond() throws Exception {
        int timers = Integer.getInteger("bench.timers", 20_000);
        String run = "tw" + Long.toString(System.currentTimeMillis(), 36);
        Pgbench.Server server = Pgbench.server(dataSource);
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        System.out.printf("%nBENCH timers: %s; engine history level %s; jobs acquired by due date %s, every job given "
                        + "a due date %s%n", BenchMachine.server(jdbc, server), BenchMachine.historyLevel(engine),
                configuration.isJobExecutorAcquireByDueDate(), configuration.isEnsureJobDueDateNotNull());
        WaveJobExecutor.Settings settings = WaveJobExecutor.Settings.of(camunda.getJobExecution())
                .with(System.getProperty("bench.job.settings", ""));

        // Each round drains journeys of its own, all at their first next-month timer: the same work in every round,
        // so one node and two (and each candidate setting) are compared on like for like.
        List<String[]> figures = new ArrayList<>();
        figures.add(round(journeys(run + "a", timers), settings, 1, ONE_NODE));
        figures.add(round(journeys(run + "b", timers), settings, 2, "two nodes"));
        String candidates = System.getProperty("bench.job.candidates", "");
        int candidate = 0;
        for (String spec : candidates.isBlank() ? new String[0] : candidates.split(";")) {
            if (figures.size() < 5) {
                figures.add(round(journeys(run + "c" + candidate++, timers), settings.with(spec), 1, "candidate " + spec));
            }
        }

        Pgbench.prepare(dataSource, server);
        Pgbench.Result pgbench = Pgbench.simpleUpdates(server, 20);
        System.out.printf("BENCH timers: %s on database %s of the same server: %.0f TPS (%s)%n", pgbench.command(),
                Pgbench.DATABASE, pgbench.tps(), BenchMachine.load());
        for (String[] figure : figures) {
            double jobsPerSecond = Double.parseDouble(figure[1]);
            System.out.printf("BENCH timers: %s: %.0f jobs/s = %.1f%% of pgbench -N's %.0f TPS%n", figure[0],
                    jobsPerSecond, 100 * jobsPerSecond / pgbench.tps(), pgbench.tps());
        }
    }

    /** A round's own journeys: that many pairs seeded and started, each journey waiting for its month-1 timer. */
    private List<WavePairs.Pair> journeys(String prefix, int count) throws Exception {
        List<WavePairs.Pair> pairs = new WavePairs(jdbc).seed(prefix, count);
        double seeding = new JourneyStarts(events, transaction).start(pairs, 4);
        long journeys = new WaveReadBack(jdbc, pairs).journeys();
        System.out.printf("BENCH timers: %d journeys started in %.1f s to carry the next round's timers%n", journeys,
                seeding);
        return pairs;
    }

    private String[] round(List<WavePairs.Pair> pairs, WaveJobExecutor.Settings settings, int nodes, String label)
            throws Exception {
        WaveTimers wave = new WaveTimers(jdbc, management, WaveReadBack.JOURNEYS, pairs);
        WaveReadBack readBack = new WaveReadBack(jdbc, pairs);
        Map<String, Long> tasksBefore = readBack.tasks();
        long moveStart = System.nanoTime();
        List<String> due = wave.makeNextDue(4);
        double moving = (System.nanoTime() - moveStart) / 1e9;
        double analyzing = BenchMachine.refreshStatistics(jdbc);
        List<WaveJobExecutor> executors = new ArrayList<>();
        for (int node = 1; node <= nodes; node++) {
            executors.add(new WaveJobExecutor(engine, settings, "wave-node" + node, node == 1));
        }
        CpuMeter cpu = new CpuMeter(jdbc);
        long[] cpuBefore = cpu.now();
        WaveTimers.Drained drained;
        try (JfrRecording recording = label.equals(ONE_NODE) ? JfrRecording.start("the one-node drain") : null) {
            drained = wave.drain(due, executors);
        }
        long[] cpuAfter = cpu.now();
        String load = BenchMachine.load();
        Map<String, Long> tasksAfter = readBack.tasks();
        System.out.printf("BENCH timers, %s: %d timers made due in %.1f s, statistics refreshed in %.1f s; %d executed "
                        + "(gone from act_ru_job), %d failed, in %.1f s by %d job executor(s) = %.0f jobs/s; tasks opened by them (read back): modules +%d, "
                        + "meetings +%d; settings: %s (%s)%n", label, drained.due(), moving, analyzing, drained.executed(),
                drained.failed(), drained.seconds(), nodes, drained.jobsPerSecond(),
                tasksAfter.getOrDefault("Task_CompleteModule", 0L) - tasksBefore.getOrDefault("Task_CompleteModule", 0L),
                tasksAfter.getOrDefault("Task_Meeting", 0L) - tasksBefore.getOrDefault("Task_Meeting", 0L), settings, load);
        // CPU per job is what other programs' load on the shared cores disturbs far less than the rate.
        System.out.printf("BENCH timers, %s: CPU per job during the drain: JVM %.2f ms, PostgreSQL %s%n", label,
                (cpuAfter[0] - cpuBefore[0]) / (double) drained.executed(), cpuAfter[1] < 0 ? "not on this machine"
                        : String.format("%.2f ms", (cpuAfter[1] - cpuBefore[1]) / (double) drained.executed()));
        return new String[] {label + ", " + nodes + " job executor(s)", Double.toString(drained.jobsPerSecond())};
    }
}
