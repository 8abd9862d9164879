package com.mentorflow.bench;

import com.mentorflow.MentorflowTest;
import com.mentorflow.tasks.InboxService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cohort's wave: N accepted pairs (-Dbench.pairs, default 10,000) start their journeys as accepting does, from 4
 * threads and then (N fresh pairs) from 2; every figure is read back from the engine's tables. Then pgbench -N on the
 * same server, and journeys/s as a share of its TPS. First -Dbench.warmup journeys (default 300). -Dbench.jfr=FILE
 * records the 4-thread wave with JFR's profile settings. Embedded PostgreSQL unless SPRING_DATASOURCE_URL is set.
 */
@MentorflowTest
@Tag("bench")
class JourneyWaveBenchmark {

    private static final int[] THREADS = {4, 2};

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired ProcessEngine engine;
    @Autowired InboxService inbox;

    @Test
    void journeysStartedPerSecond() throws Exception {
        int count = Integer.getInteger("bench.pairs", 10_000);
        String run = "wave" + Long.toString(System.currentTimeMillis(), 36);
        Pgbench.Server server = Pgbench.server(dataSource);
        WavePairs seeding = new WavePairs(jdbc);
        JourneyStarts starts = new JourneyStarts(events, transaction);
        System.out.printf("%nBENCH wave: %s; engine history level %s (read from the engine: the app's, or "
                        + "-Dcamunda.bpm.history-level)%n",
                BenchMachine.server(jdbc, server), BenchMachine.historyLevel(engine));
        // Warm-up (JIT, pool, deployment cache). -Dbench.warmup=20000 asks whether the rate settles higher once the JIT
        // on 2 cores has caught up: one run saw a journey's JVM time fall from 4.8 to 2.0 ms after 20,300 starts, the
        // next (2 Dec) 231 journeys/s over the 20,000 and 241/s after them (JVM 3.6 ms), so the default stays small.
        int warmUp = Integer.getInteger("bench.warmup", 300);
        List<WavePairs.Pair> first = seeding.seed(run + "w", warmUp);
        double warmUpSeconds = starts.start(first, 4);
        long warmedUp = new WaveReadBack(jdbc, first).journeys();
        System.out.printf("BENCH wave: warm-up %d journeys (read back) in %.1f s from 4 threads = %.0f journeys/s%n",
                warmedUp, warmUpSeconds, warmedUp / warmUpSeconds);
        CpuMeter cpu = new CpuMeter(jdbc);

        List<double[]> rates = new ArrayList<>();
        for (int threads : THREADS) {
            List<WavePairs.Pair> pairs = seeding.seed(run + "t" + threads, count);
            BenchMachine.refreshStatistics(jdbc);
            long[] cpuBefore;
            double seconds;
            long[] cpuAfter;
            try (JfrRecording recording = threads == 4 ? JfrRecording.start("the 4-thread wave") : null) {
                cpuBefore = cpu.now();
                seconds = starts.start(pairs, threads);
                cpuAfter = cpu.now();
            }
            String load = BenchMachine.load();
            WaveReadBack readBack = new WaveReadBack(jdbc, pairs);
            long journeys = readBack.journeys();
            rates.add(new double[] {threads, journeys / seconds});
            System.out.printf("BENCH wave: %d journeys started (read back: mentee-journey instances of the %d seeded "
                            + "mentorships) in %.1f s from %d threads = %.0f journeys/s (%s)%n", journeys, pairs.size(),
                    seconds, threads, journeys / seconds, load);
            System.out.printf("BENCH wave: CPU per journey: JVM %.2f ms, PostgreSQL server %s%n",
                    (cpuAfter[0] - cpuBefore[0]) / (double) journeys, cpuAfter[1] < 0 ? "not on this machine"
                            : String.format("%.2f ms", (cpuAfter[1] - cpuBefore[1]) / (double) journeys));
            Map<String, Long> tasks = readBack.tasks();
            String prefix = run + "t" + threads;
            System.out.printf("BENCH wave: month-0 tasks read back from act_ru_task: %s; in the mentees' inboxes %d, "
                            + "in the mentors' %d (InboxService for pair 0: mentee %d, mentor %d)%n", tasks,
                    readBack.inboxTasks(prefix + "-mentee-"), readBack.inboxTasks(prefix + "-mentor-"),
                    inbox.count(prefix + "-mentee-0"), inbox.count(prefix + "-mentor-0"));
            if (threads == 4) {
                printRows(readBack.rows(), journeys);
            }
        }

        Pgbench.prepare(dataSource, server);
        Pgbench.Result pgbench = Pgbench.simpleUpdates(server, 20);
        System.out.printf("BENCH wave: %s on database %s of the same server: %.0f TPS (%s; %s)%n", pgbench.command(),
                Pgbench.DATABASE, pgbench.tps(), pgbench.summary(), BenchMachine.load());
        for (double[] rate : rates) {
            System.out.printf("BENCH wave: %.0f journeys/s from %.0f threads = %.1f%% of pgbench -N's %.0f TPS%n", rate[1],
                    rate[0], 100 * rate[1] / pgbench.tps(), pgbench.tps());
        }
    }

    private static void printRows(Map<String, Long> rows, long journeys) {
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> table : rows.entrySet()) {
            line.append(String.format(" %s %.1f", table.getKey(), table.getValue() / (double) journeys));
            total += table.getValue();
        }
        System.out.printf("BENCH wave: rows per journey still in the tables (counted):%s; total %.1f%n", line,
                total / (double) journeys);
    }
}
