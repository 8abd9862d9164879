package com.mentorflow.bench;

import com.mentorflow.MentorflowTest;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.NewAccount;
import com.mentorflow.people.OnboardingProcess;
import com.mentorflow.platform.Roles;
import com.mentorflow.tasks.InboxService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures, not assertions: {@code ./mvnw verify -Pbench} prints them. Runs against the configured database
 * (SPRING_DATASOURCE_URL) or the embedded one. Sizes: -Dbench.onboardings=N, -Dbench.tasks=N.
 */
@MentorflowTest
@Tag("bench")
class FoundationBenchmark {

    private static final int THREADS = 4;

    @Autowired AccountService accounts;
    @Autowired InboxService inbox;
    @Autowired TaskService taskService;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;

    @Test
    void onboardingProcessesStartedPerSecond() throws Exception {
        int count = Integer.getInteger("bench.onboardings", 4000);
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger next = new AtomicInteger();
        createAccounts(run + "w", 200, next); // warm-up: JIT, connection pool, caches
        next.set(0);

        long start = System.nanoTime();
        createAccounts(run, count, next);
        double seconds = (System.nanoTime() - start) / 1e9;

        long created = jdbc.queryForObject("select count(*) from mentorflow.account where username like ?", Long.class,
                "bench-" + run + "-%");
        long started = jdbc.queryForObject("select count(*) from public.act_hi_procinst p join mentorflow.account a "
                + "on p.business_key_ = a.id::text where p.proc_def_key_ = ? and a.username like ?", Long.class,
                OnboardingProcess.PROCESS_KEY, "bench-" + run + "-%");
        System.out.printf("%nBENCH onboarding: %d accounts created (counted back), %d participant-onboarding instances started "
                + "for them, in %.1f s with %d threads = %.0f processes started/s%n", created, started, seconds, THREADS,
                started / seconds);
    }

    @Test
    void inboxWithManyOpenTasks() {
        int total = Integer.getInteger("bench.tasks", 100_000);
        String run = Long.toString(System.currentTimeMillis(), 36);
        String person = "inbox-bench-" + run;
        long before = taskService.createTaskQuery().count();
        long start = System.nanoTime();
        for (int batch = 0; batch * 1000 < total; batch++) {
            int first = batch * 1000;
            int last = Math.min(first + 1000, total);
            transaction.executeWithoutResult(status -> {
                for (int i = first; i < last; i++) {
                    Task task = taskService.newTask();
                    task.setName("Bench task " + i);
                    // 1 in 2,000 tasks is the measured person's; the rest belong to 500 others or to a group.
                    task.setAssignee(i % 2000 == 0 ? person : (i % 3 == 0 ? null : "someone-" + (i % 500)));
                    task.setDueDate(new Date(System.currentTimeMillis() + (i % 977) * 3_600_000L));
                    taskService.saveTask(task);
                    if (task.getAssignee() == null) {
                        taskService.addCandidateGroup(task.getId(), "bench-group-" + (i % 50));
                    }
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nBENCH inbox: %d open tasks written (counted back) in %.1f s%n",
                taskService.createTaskQuery().count() - before, seconds);

        for (int i = 0; i < 50; i++) {
            firstPage(person);
        }
        long[] micros = new long[300];
        for (int i = 0; i < micros.length; i++) {
            long t = System.nanoTime();
            firstPage(person);
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("BENCH inbox: count + first page of 50 for one person with %d tasks among %d open tasks: "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d runs, one thread)%n",
                inbox.count(person), taskService.createTaskQuery().count(), micros[micros.length / 2] / 1000.0,
                micros[(int) (micros.length * 0.95)] / 1000.0, micros[(int) (micros.length * 0.99)] / 1000.0, micros.length);
    }

    private void firstPage(String person) {
        inbox.count(person);
        inbox.page(person, 0, 50);
    }

    private void createAccounts(String prefix, int count, AtomicInteger next) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String username = "bench-" + prefix + "-" + i;
                    accounts.create(new NewAccount(username, username + "@example.com", "Bench Person " + i, null,
                            Set.of(Roles.PARTICIPANT)));
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }
}
