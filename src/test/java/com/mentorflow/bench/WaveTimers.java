package com.mentorflow.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cohort's timers coming due together: each journey's next module-release and next meeting timer, moved to now
 * through the ManagementService, then counted out of act_ru_job while job executors drain them.
 */
final class WaveTimers {

    /** One drained round, as read back: jobs gone, seconds from the executors' start to the last one gone. */
    record Drained(int due, int executed, int failed, double seconds) {
        double jobsPerSecond() {
            return executed / seconds;
        }
    }

    private static final String NEXT_TIMERS = """
            , timers as (select x.id_, row_number() over (partition by x.process_instance_id_, d.act_id_
                             order by x.duedate_, x.id_) as n
                from public.act_ru_job x join j on j.id_ = x.process_instance_id_
                join public.act_ru_jobdef d on d.id_ = x.job_def_id_
                where d.act_id_ = 'Timer_NextProgramMonth')
            select id_ from timers where n = 1""";

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final String journeys;
    private final long firstMentorship;
    private final long lastMentorship;

    WaveTimers(JdbcTemplate jdbc, ManagementService management, String journeysCte, List<WavePairs.Pair> pairs) {
        this.jdbc = jdbc;
        this.management = management;
        this.journeys = journeysCte;
        this.firstMentorship = pairs.get(0).mentorshipId();
        this.lastMentorship = pairs.get(pairs.size() - 1).mentorshipId();
    }

    /** The next program month's timer of every journey (its module, meeting or check-ins), due now (the engine's clock) once this returns. */
    List<String> makeNextDue(int threads) throws Exception {
        List<String> ids = jdbc.queryForList(journeys + NEXT_TIMERS, String.class, firstMentorship, lastMentorship);
        Date now = new Date(ClockUtil.getCurrentTime().getTime() - 1000);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    management.setJobDuedate(ids.get(i), now);
                }
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return ids;
    }

    /** Starts the executors, waits until the jobs are gone (or stop moving for 30 s), stops them. */
    Drained drain(List<String> ids, List<WaveJobExecutor> executors) throws Exception {
        long start = System.nanoTime();
        executors.forEach(WaveJobExecutor::start);
        List<String> left = ids;
        long remaining = ids.size();
        long lastChange = System.nanoTime();
        long finished = start;
        try {
            while (remaining > 0 && System.nanoTime() - lastChange < 30_000_000_000L) {
                // Only the jobs still there are asked after: with 20,000 ids a poll of all of them took 23 ms of the
                // database's time four times a second, time the drain itself then lacked.
                Thread.sleep(500);
                left = jdbc.queryForList("select id_ from public.act_ru_job where id_ = any(?)", String.class,
                        (Object) array(left));
                long now = left.size();
                if (now != remaining) {
                    remaining = now;
                    lastChange = System.nanoTime();
                    finished = lastChange;
                }
            }
        } finally {
            executors.forEach(WaveJobExecutor::close);
        }
        int failed = jdbc.queryForObject("select count(*) from public.act_ru_job where id_ = any(?) and exception_msg_ "
                + "is not null", Integer.class, (Object) array(ids));
        return new Drained(ids.size(), ids.size() - (int) remaining, failed, (finished - start) / 1e9);
    }

    private static String[] array(List<String> ids) {
        return ids.toArray(new String[0]);
    }
}
