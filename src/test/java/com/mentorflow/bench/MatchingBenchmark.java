package com.mentorflow.bench;

import static com.mentorflow.TestCompany.FAMILIES;
import static com.mentorflow.TestCompany.LINES;
import static com.mentorflow.TestCompany.SITES;
import static com.mentorflow.TestCompany.ZONES;

import com.mentorflow.MentorflowTest;
import com.mentorflow.matching.MentorPoolSize;
import com.mentorflow.matching.MentorSuggestions;
import com.mentorflow.people.DirectoryImport;
import com.mentorflow.people.DirectoryImported;
import com.mentorflow.people.DirectoryPreview;
import com.mentorflow.people.Program;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Prints, does not assert: directory import rate for 200,000 rows, then top-10 suggestion latency among
 * 100,000 mentors for 60,000 mentees, single and under 8 concurrent requests, and the heap used. The pool holds every
 * mentor in the database, so also those an earlier benchmark in the same JVM seeded: the figures say how many it held.
 * {@code ./mvnw verify -Pbench} (sizes: -Dbench.mentors, -Dbench.mentees, -Dbench.directory).
 */
@MentorflowTest
@Tag("bench")
class MatchingBenchmark {

    private static final String[] LANGUAGES = {"en", "en;es", "en;hi", "en;fr", "en;de", "en;pt", "en;ja"};
    private static final String[] BRANCHES = {"Army", "Navy", "Air Force", "Marine Corps", "Coast Guard", "British Army"};

    @Autowired DirectoryImport directoryImport;
    @Autowired MentorSuggestions suggestions;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired ApplicationContext context;

    @Test
    @WithMockUser(roles = "ADMIN")
    void importAndSuggestions() throws Exception {
        int mentors = Integer.getInteger("bench.mentors", 100_000);
        int mentees = Integer.getInteger("bench.mentees", 60_000);
        int directory = Math.max(Integer.getInteger("bench.directory", 200_000), mentors + mentees);
        String run = "B" + Long.toString(System.currentTimeMillis(), 36);

        String csv = directoryCsv(run, directory);
        long start = System.nanoTime();
        DirectoryPreview report = directoryImport.apply(new StringReader(csv), DirectoryImport.Request.withoutDeactivating(), rows -> { });
        double importSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nBENCH directory import: %d rows (%d imported, %d refused) in %.1f s = %.0f rows/s%n",
                report.rowsRead(), report.imported(), report.refused(), importSeconds, report.rowsRead() / importSeconds);
        start = System.nanoTime();
        DirectoryPreview again = directoryImport.apply(new StringReader(csv), DirectoryImport.Request.withoutDeactivating(), rows -> { });
        System.out.printf("BENCH directory re-import of the same file: %d unchanged, %d updated in %.1f s%n",
                again.unchanged(), again.changed(), (System.nanoTime() - start) / 1e9);

        seedParticipants(run, mentors, mentees);
        List<String> menteeNames = jdbc.queryForList("select a.username from mentorflow.account a join mentorflow.profile p "
                + "on p.account_id = a.id where p.wants_mentee and a.username like ?", String.class, run.toLowerCase() + "-%");

        start = System.nanoTime();
        // SQL seeding fires no change event, and an earlier benchmark in this JVM may have loaded the pool already:
        // announce the seeding as a directory import does, so a loaded pool reloads; an empty one loads on first use.
        events.publishEvent(new DirectoryImported(mentors + mentees));
        suggestions.forMentee(menteeNames.get(0), Program.OPEN, 10);
        double loadMillis = (System.nanoTime() - start) / 1e6;
        int inPool = MentorPoolSize.of(context);
        System.out.printf("BENCH suggestions: mentor pool loaded after seeding plus the first request: %d mentors in the pool "
                + "(%d of them seeded by this benchmark), %.0f ms%n", inPool, seededMentors(run), loadMillis);
        for (int i = 0; i < 3000; i++) {
            ask(menteeNames);
        }
        long[] single = new long[3000];
        for (int i = 0; i < single.length; i++) {
            long t = System.nanoTime();
            ask(menteeNames);
            single[i] = System.nanoTime() - t;
        }
        print("single request", single);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<long[]>> futures = new ArrayList<>();
        long concurrentStart = System.nanoTime();
        for (int thread = 0; thread < 8; thread++) {
            futures.add(pool.submit(() -> {
                long[] times = new long[500];
                for (int i = 0; i < times.length; i++) {
                    long t = System.nanoTime();
                    ask(menteeNames);
                    times[i] = System.nanoTime() - t;
                }
                return times;
            }));
        }
        long[] concurrent = new long[0];
        for (Future<long[]> future : futures) {
            long[] times = future.get();
            long[] merged = Arrays.copyOf(concurrent, concurrent.length + times.length);
            System.arraycopy(times, 0, merged, concurrent.length, times.length);
            concurrent = merged;
        }
        pool.shutdown();
        print("8 concurrent requests", concurrent);
        System.out.printf("BENCH suggestions: throughput with 8 threads on %d cores: %.0f requests/s%n",
                Runtime.getRuntime().availableProcessors(), concurrent.length / ((System.nanoTime() - concurrentStart) / 1e9));

        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("BENCH heap used after GC (whole JVM) with %d mentors in the pool: %d MB%n", MentorPoolSize.of(context),
                heap / (1024 * 1024));
    }

    private void ask(List<String> menteeNames) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String mentee = menteeNames.get(random.nextInt(menteeNames.size()));
        suggestions.forMentee(mentee, random.nextBoolean() ? Program.OPEN : Program.NEW_HIRE, 10);
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH suggestions, top 10, %s (%d requests, warm): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                label, sorted.length, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    private static String directoryCsv(String run, int rows) {
        StringBuilder csv = new StringBuilder(rows * 140);
        csv.append(String.join(",", DirectoryImport.COLUMNS)).append('\n');
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < rows; i++) {
            int site = random.nextInt(SITES.length);
            csv.append(run).append('-').append(i).append(',')
                    .append("Person ").append(i).append(',')
                    .append(run.toLowerCase()).append('.').append(i).append("@bench.example.com,")
                    .append(i % 40 == 0 ? "contractor" : "regular").append(',')
                    .append(SITES[site]).append(",US,").append(ZONES[site]).append(',')
                    .append(LINES[random.nextInt(LINES.length)]).append(",Org ").append(random.nextInt(50)).append(',')
                    .append(FAMILIES[random.nextInt(FAMILIES.length)]).append(",L").append(1 + random.nextInt(10)).append(',')
                    .append(1995 + random.nextInt(31)).append('-').append(String.format("%02d", 1 + random.nextInt(12)))
                    .append("-15,,").append(LANGUAGES[random.nextInt(LANGUAGES.length)]).append('\n');
        }
        return csv.toString();
    }

    /** Accounts and profiles straight in SQL: 160,000 onboarding processes would measure the engine, not matching. */
    private void seedParticipants(String run, int mentors, int mentees) {
        long start = System.nanoTime();
        long base = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mentorflow.account", Long.class);
        jdbc.update("""
                insert into mentorflow.account (id, username, email, display_name, active, created_at, employee_id)
                select ? + n, lower(?) || '-' || n, lower(?) || '.' || n || '@bench.example.com', 'Person ' || n, true, now(),
                       ? || '-' || n
                from generate_series(0, ? - 1) as n""", base, run, run, run, mentors + mentees);
        jdbc.queryForObject("select setval('mentorflow.account_seq', (select max(id) from mentorflow.account) + 100)", Long.class);
        jdbc.update("insert into mentorflow.account_role select ? + n, 'PARTICIPANT' from generate_series(0, ? - 1) n",
                base, mentors + mentees);
        String[] branches = BRANCHES;
        jdbc.update("""
                insert into mentorflow.profile (account_id, wants_mentor, wants_mentee, wants_circles, programs, time_zone,
                    goal_topics, strength_topics, mentor_capacity, accepting_requests, service_relation, service_branch,
                    transition_year, consent_given_at, completed_at, updated_at)
                select ? + n, n < ?, n >= ?, false, 'NEW_HIRE,OPEN', null,
                       case when n >= ? then (1 + n % 16) || ',' || (1 + (n / 16) % 16) else '' end,
                       case when n < ? then (1 + n % 16) || ',' || (1 + (n / 7) % 16) || ',' || (1 + (n / 3) % 16) else '' end,
                       1 + n % 3, n % 10 <> 0,
                       case n % 5 when 0 then 'VETERAN' when 1 then 'MILITARY_SPOUSE' when 2 then 'RESERVIST_OR_GUARD' else 'NONE' end,
                       case when n % 5 in (0, 2) then (?::text[])[1 + n % 6] end,
                       case when n % 5 = 0 then 1990 + n % 36 end,
                       now(), now(), now()
                from generate_series(0, ? - 1) n""",
                base, mentors, mentors, mentors, mentors, branches, mentors + mentees);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH seeded %d mentors and %d mentees (accounts + profiles in SQL, counted back) in %.1f s%n",
                seededMentors(run), jdbc.queryForObject("select count(*) from mentorflow.account a join mentorflow.profile p "
                        + "on p.account_id = a.id where p.wants_mentee and a.username like ?", Integer.class,
                        run.toLowerCase() + "-%"), seconds);
    }

    private int seededMentors(String run) {
        return jdbc.queryForObject("select count(*) from mentorflow.account a join mentorflow.profile p on p.account_id = a.id "
                + "where p.wants_mentor and a.username like ?", Integer.class, run.toLowerCase() + "-%");
    }
}
