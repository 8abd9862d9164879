package com.mentorflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a wave figure was measured under: the machine's load, the server's durability, the engine's history level. */
public final class BenchMachine {

    private BenchMachine() {
    }

    /** {@code /proc/loadavg}'s three averages and the core count, e.g. "load 1.92 1.40 0.88 on 2 cores". */
    public static String load() {
        String averages;
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            averages = fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            averages = "unknown";
        }
        return "load " + averages + " on " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    /** E.g. "PostgreSQL 17.6 at localhost:5432, fsync on, synchronous_commit on". */
    public static String server(JdbcTemplate jdbc, Pgbench.Server server) {
        return "PostgreSQL " + jdbc.queryForObject("show server_version", String.class) + " at " + server.host() + ":"
                + server.port() + ", fsync " + jdbc.queryForObject("show fsync", String.class) + ", synchronous_commit "
                + jdbc.queryForObject("show synchronous_commit", String.class);
    }

    static String historyLevel(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName();
    }

    /**
     * The planner's statistics brought up to date before a measured wave or drain, as a database in use has them.
     * A benchmark's tables grew from nothing within the last minute or two, before autovacuum's first look (every
     * 60 s): with none, PostgreSQL guessed that few variables have no task and read the whole task-id index for each
     * timer's variables (3.6 ms instead of 0.05 ms). Returns the seconds it took.
     */
    static double refreshStatistics(JdbcTemplate jdbc) {
        long start = System.nanoTime();
        jdbc.execute("analyze");
        return (System.nanoTime() - start) / 1e9;
    }
}
