package com.mentorflow.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time spent by this JVM and by the PostgreSQL server's processes (when it runs on this machine), read from the
 * JVM and /proc: a cost per journey that other programs' load on the shared cores disturbs far less than a rate.
 */
public final class CpuMeter {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final long postmaster;

    public CpuMeter(JdbcTemplate jdbc) {
        long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        this.postmaster = isPostgres(backend) ? parentOf(backend) : -1;
    }

    /** Milliseconds of CPU so far: [JVM, PostgreSQL server (-1 when it is not on this machine)]. */
    public long[] now() {
        long jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
        return new long[] {jvm, postmaster > 0 ? serverTicks() * 1000 / TICKS_PER_SECOND : -1};
    }

    private long serverTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> {
                        String[] stat = stat(p);
                        boolean ours = stat != null && (Long.parseLong(p.getFileName().toString()) == postmaster
                                || Long.parseLong(stat[1]) == postmaster);
                        return ours ? Long.parseLong(stat[11]) + Long.parseLong(stat[12]) : 0;
                    }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether this machine's process of that id is a PostgreSQL backend (a remote server's id means nothing here). */
    private static boolean isPostgres(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).startsWith("postgres");
        } catch (IOException e) {
            return false;
        }
    }

    private static long parentOf(long pid) {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        return stat == null ? -1 : Long.parseLong(stat[1]);
    }

    /** The fields of /proc/PID/stat after the command name: [state, ppid, ..., utime at 11, stime at 12]. */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
