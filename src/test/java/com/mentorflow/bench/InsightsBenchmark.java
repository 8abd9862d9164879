package com.mentorflow.bench;

import com.mentorflow.MentorflowTest;
import com.mentorflow.circles.CircleProcess;
import com.mentorflow.insights.AttentionLists;
import com.mentorflow.insights.ProcessMaps;
import com.mentorflow.insights.ProgramFigures;
import com.mentorflow.journey.JourneyProcess;
import com.mentorflow.people.Program;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints, does not assert: a program year at full scale (160,000 participants, 60,000 mentorships each with its
 * running journey, 5,000 circles with theirs, meetings, check-ins and module progress), then each dashboard
 * query and the process-map counts under 20 concurrent program managers. {@code ./mvnw verify -Pbench}
 * (sizes: -Dbench.participants, -Dbench.mentorships, -Dbench.circles, -Dbench.managers).
 */
@MentorflowTest
@Tag("bench")
class InsightsBenchmark {

    private static final String[] SITES = {"Austin", "Seattle", "Dublin", "Bangalore", "London", "Toronto", "Berlin",
            "Sydney", "Tokyo", "Sao Paulo", "Nashville", "Denver"};
    private static final String[] COUNTRIES = {"US", "US", "IE", "IN", "GB", "CA", "DE", "AU", "JP", "BR", "US", "US"};
    private static final String[] LINES = {"Cloud", "Retail", "Devices", "Advertising", "Logistics", "Media", "Health", "Finance"};

    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired ProgramFigures figures;
    @Autowired AttentionLists attention;
    @Autowired ProcessMaps maps;

    @Test
    void dashboardsAtProgramScale() throws Exception {
        int participants = Integer.getInteger("bench.participants", 160_000);
        int mentorshipCount = Integer.getInteger("bench.mentorships", 60_000);
        int circleCount = Integer.getInteger("bench.circles", 5_000);
        int managers = Integer.getInteger("bench.managers", 20);
        String run = "I" + Long.toString(System.currentTimeMillis(), 36).toLowerCase();

        long base = seedPeople(run, participants);
        long[] mentorshipIds = seedMentorships(base, participants, mentorshipCount);
        startJourneys(run, base, mentorshipIds);
        seedCircles(run, base, participants, circleCount);
        jdbc.execute("analyze");
        System.out.printf("BENCH engine rows: %d executions, %d tasks, %d jobs%n",
                jdbc.queryForObject("select count(*) from public.act_ru_execution", Long.class),
                jdbc.queryForObject("select count(*) from public.act_ru_task", Long.class),
                jdbc.queryForObject("select count(*) from public.act_ru_job", Long.class));

        signInAsProgramManager();
        String journeyDefinition = maps.models().stream().filter(m -> m.key().equals(JourneyProcess.PROCESS_KEY))
                .findFirst().orElseThrow().definitionId();
        String circleDefinition = maps.models().stream().filter(m -> m.key().equals(CircleProcess.PROCESS_KEY))
                .findFirst().orElseThrow().definitionId();
        java.time.Duration rebuilt = figures.refresh();
        System.out.printf("BENCH program overview figures rebuilt (every filter combination, %d rows) in %d ms%n",
                jdbc.queryForObject("select count(*) from mentorflow.overview_cube", Long.class), rebuilt.toMillis());
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        queries.put("overview, all programs", () -> figures.overview(ProgramFigures.Filter.none()));
        queries.put("overview, one site", () -> figures.overview(new ProgramFigures.Filter(null, null, null,
                SITES[ThreadLocalRandom.current().nextInt(SITES.length)], null)));
        queries.put("overview, new-hire program in one country", () -> figures.overview(new ProgramFigures.Filter(
                Program.NEW_HIRE, null, COUNTRIES[ThreadLocalRandom.current().nextInt(COUNTRIES.length)], null, null)));
        for (AttentionLists.Kind kind : AttentionLists.Kind.values()) {
            queries.put("attention list " + kind.name().toLowerCase() + " (count + first page of 50)",
                    () -> attention.count(kind) + attention.page(kind, 0, 50).size());
        }
        queries.put("process map counts, mentee-journey", () -> maps.counts(journeyDefinition));
        queries.put("process map counts, circle-lifecycle", () -> maps.counts(circleDefinition));
        queries.put("process map instances at Task_Meeting (count + page of 50)",
                () -> maps.instanceCount(journeyDefinition, "Task_Meeting") + maps.instances(journeyDefinition, "Task_Meeting", 0, 50).size());

        for (Map.Entry<String, Supplier<Object>> query : queries.entrySet()) {
            long first = System.nanoTime();
            query.getValue().get(); // the first call computes; later ones within the cache time may share it
            System.out.printf("BENCH %s, first call (computed, nothing shared): %.0f ms%n", query.getKey(),
                    (System.nanoTime() - first) / 1e6);
            measure(query.getKey(), query.getValue(), managers, Integer.getInteger("bench.rounds", 5));
        }

        // Overviews read while the figures are rebuilt: readers keep the previous figures until the rebuild commits.
        var context = SecurityContextHolder.getContext();
        java.util.concurrent.CompletableFuture<java.time.Duration> rebuild = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            return figures.refresh();
        });
        measure("overview, one site, while the figures are rebuilt", queries.get("overview, one site"), managers,
                Integer.getInteger("bench.rounds", 5));
        System.out.printf("BENCH the concurrent rebuild took %d ms%n", rebuild.get().toMillis());

        // Shared counts once stale: one recount runs in the background while readers keep the previous count.
        Thread.sleep(java.time.Duration.ofSeconds(Integer.getInteger("mentorflow.insights.cache-seconds", 60) + 1).toMillis());
        measure("process map counts, mentee-journey, just after they went stale", queries.get("process map counts, mentee-journey"),
                managers, Integer.getInteger("bench.rounds", 5));
        SecurityContextHolder.clearContext();
    }

    private void measure(String label, Supplier<Object> query, int threads, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var context = SecurityContextHolder.getContext();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                SecurityContextHolder.setContext(context);
                long[] times = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    query.get();
                    times[i] = System.nanoTime() - start;
                }
                return times;
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> future : futures) {
            long[] times = future.get();
            long[] merged = Arrays.copyOf(all, all.length + times.length);
            System.arraycopy(times, 0, merged, all.length, times.length);
            all = merged;
        }
        pool.shutdown();
        Arrays.sort(all);
        System.out.printf("BENCH %s, %d program managers at once (%d calls): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", label,
                threads, all.length, all[all.length / 2] / 1e6, all[(int) (all.length * 0.95)] / 1e6, all[all.length - 1] / 1e6);
    }

    private static void signInAsProgramManager() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench-pm", null,
                List.of(new SimpleGrantedAuthority("ROLE_PROGRAM_MANAGER"))));
    }

    /** Directory records, accounts and profiles in SQL; account ids from {@code base}. */
    private long seedPeople(String run, int participants) {
        long start = System.nanoTime();
        long base = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mentorflow.account", Long.class);
        jdbc.update("""
                insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, country, time_zone,
                    business_line, organisation, job_family, level, hire_date, languages, active)
                select ? || '-' || n, 'Person ' || n, ? || '.' || n || '@bench.example.com',
                       case when n % 40 = 0 then 'CONTRACTOR' else 'REGULAR' end, (?::text[])[1 + n % 12],
                       (?::text[])[1 + n % 12], 'Europe/Berlin', (?::text[])[1 + n % 8], 'Org ' || n % 50, 'Engineering',
                       1 + n % 10, date '2015-01-01' + n % 3650, 'en', true
                from generate_series(0, ? - 1) n""", run, run, SITES, COUNTRIES, LINES, participants);
        jdbc.update("""
                insert into mentorflow.account (id, username, email, display_name, active, created_at, employee_id)
                select ? + n, ? || '-' || n, ? || '.' || n || '@bench.example.com', 'Person ' || n, true,
                       now() - (n % 365) * interval '1 day', ? || '-' || n
                from generate_series(0, ? - 1) n""", base, run, run, run, participants);
        jdbc.queryForObject("select setval('mentorflow.account_seq', (select max(id) from mentorflow.account) + 100)", Long.class);
        jdbc.update("insert into mentorflow.account_role select ? + n, 'PARTICIPANT' from generate_series(0, ? - 1) n",
                base, participants);
        // The first 40 % offer to mentor, the rest look for a mentor.
        jdbc.update("""
                insert into mentorflow.profile (account_id, wants_mentor, wants_mentee, wants_circles, programs, time_zone,
                    goal_topics, strength_topics, mentor_capacity, accepting_requests, service_relation, consent_given_at,
                    completed_at, updated_at)
                select ? + n, n < ? * 0.4, n >= ? * 0.4, n % 10 = 0, case when n % 3 = 0 then 'NEW_HIRE' else 'OPEN' end,
                       null, '1', '1', 1 + n % 3, n % 10 <> 0, 'NONE', now(), now(), now()
                from generate_series(0, ? - 1) n""", base, participants, participants, participants);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nBENCH seeded %d participants (directory, accounts, profiles in SQL; accounts counted back) in %.1f s%n",
                jdbc.queryForObject("select count(*) from mentorflow.account where username like ?", Integer.class, run + "-%"),
                seconds);
        return base;
    }

    /** Requests (accepted, declined, open) and mentorships spread over the year, with meetings, check-ins, modules. */
    private long[] seedMentorships(long base, int participants, int count) {
        long start = System.nanoTime();
        int mentors = (int) (participants * 0.4);
        long requestBase = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mentorflow.match_request", Long.class);
        long mentorshipBase = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mentorflow.mentorship", Long.class);
        // request n: mentee base + mentors + n, mentor base + n % mentors; the first `count` are accepted
        jdbc.update("""
                insert into mentorflow.match_request (id, mentee_account_id, mentor_account_id, program, note, status,
                    created_at, closed_at, length_months)
                select ? + n, ? + ? + n, ? + n % ?, case when n % 3 = 0 then 'NEW_HIRE' else 'OPEN' end,
                       'Hello, I would like your help this year.',
                       case when n < ? then 'ACCEPTED' when n % 2 = 0 then 'DECLINED' else 'PENDING' end,
                       now() - (n % 360) * interval '1 day' - interval '3 days',
                       case when n < ? or n % 2 = 0 then now() - (n % 360) * interval '1 day' end, 12
                from generate_series(0, ? - 1) n""", requestBase, base, mentors, base, mentors, count, count,
                Math.min(count + 10_000, participants - mentors));
        jdbc.update("""
                insert into mentorflow.mentorship (id, request_id, mentee_account_id, mentor_account_id, program, status,
                    started_at, length_months)
                select ? + n, r.id, r.mentee_account_id, r.mentor_account_id, r.program, 'ACTIVE', r.closed_at, 12
                from mentorflow.match_request r cross join lateral (select r.id - ? as n) k
                where r.id >= ? and r.id < ? + ?""", mentorshipBase, requestBase, requestBase, requestBase, count);
        jdbc.queryForObject("select setval('mentorflow.match_request_seq', (select max(id) from mentorflow.match_request) + 100)", Long.class);
        jdbc.queryForObject("select setval('mentorflow.mentorship_seq', (select max(id) from mentorflow.mentorship) + 100)", Long.class);
        jdbc.update("""
                insert into mentorflow.meeting (mentorship_id, number, scheduled_at, held, topics, logged_at)
                select m.id, k, m.started_at + (k - 1) * interval '30 days', (m.id + k) % 7 <> 0, 'Goals and progress',
                       m.started_at + (k - 1) * interval '30 days' + interval '1 day'
                from mentorflow.mentorship m cross join generate_series(1, 4) k
                where m.id >= ? and m.started_at + (k - 1) * interval '30 days' < now()""", mentorshipBase);
        jdbc.update("""
                insert into mentorflow.check_in (mentorship_id, account_id, month, rating, answered_at)
                select m.id, m.mentee_account_id, 6, 1 + m.id % 5, m.started_at + interval '180 days'
                from mentorflow.mentorship m where m.id >= ? and m.started_at + interval '180 days' < now()""", mentorshipBase);
        jdbc.update("""
                insert into mentorflow.module_progress (mentorship_id, module_number, completed_at)
                select m.id, lm.number, m.started_at + lm.release_month * interval '30 days' + interval '5 days'
                from mentorflow.mentorship m join mentorflow.learning_module lm on true
                where m.id >= ? and m.program = 'NEW_HIRE' and m.started_at + lm.release_month * interval '30 days'
                    + interval '5 days' < now() and (m.id + lm.number) % 4 <> 0""", mentorshipBase);
        // What logging each meeting keeps on the mentorship (V9), for the seeded meetings.
        jdbc.update("update mentorflow.mentorship m set last_held_at = (select max(g.logged_at) from mentorflow.meeting g "
                + "where g.mentorship_id = m.id and g.held), missed_in_a_row = (select count(*) from mentorflow.meeting g "
                + "where g.mentorship_id = m.id and g.held = false and g.number > coalesce((select max(h.number) "
                + "from mentorflow.meeting h where h.mentorship_id = m.id and h.held), 0)) where m.id >= ?", mentorshipBase);
        long[] ids = jdbc.queryForList("select id from mentorflow.mentorship where id >= ? order by id", Long.class, mentorshipBase)
                .stream().mapToLong(Long::longValue).toArray();
        System.out.printf("BENCH seeded %d mentorships with requests, meetings, check-ins and module progress in %.1f s%n",
                ids.length, (System.nanoTime() - start) / 1e9);
        return ids;
    }

    /** Each mentorship's journey, started as the acceptance starts it. */
    private void startJourneys(String run, long base, long[] mentorshipIds) throws Exception {
        long start = System.nanoTime();
        Map<Long, String[]> pairs = new java.util.HashMap<>();
        jdbc.query("select m.id, me.username, mo.username, m.program from mentorflow.mentorship m join mentorflow.account me "
                + "on me.id = m.mentee_account_id join mentorflow.account mo on mo.id = m.mentor_account_id where m.id >= ?",
                row -> {
                    pairs.put(row.getLong(1), new String[] {row.getString(2), row.getString(3), row.getString(4)});
                }, mentorshipIds.length == 0 ? Long.MAX_VALUE : mentorshipIds[0]);
        long runningBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.PROCESS_KEY).count();
        int threads = Integer.getInteger("bench.threads", 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < mentorshipIds.length; i = next.getAndIncrement()) {
                    String[] pair = pairs.get(mentorshipIds[i]);
                    runtimeService.startProcessInstanceByKey(JourneyProcess.PROCESS_KEY, Long.toString(mentorshipIds[i]),
                            Map.of(JourneyProcess.VAR_MENTORSHIP_ID, mentorshipIds[i], JourneyProcess.VAR_PROGRAM, pair[2],
                                    JourneyProcess.VAR_MENTEE, pair[0], JourneyProcess.VAR_MENTOR, pair[1],
                                    JourneyProcess.VAR_LENGTH_MONTHS, 12,
                                    JourneyProcess.VAR_PROGRAM_MONTH, 0));
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long started = runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.PROCESS_KEY).count()
                - runningBefore;
        System.out.printf("BENCH started %d journeys (running instances counted back) on %d threads in %.1f s = %.0f/s%n",
                started, threads, seconds, started / seconds);
    }

    /** Circles in every state, with members, each with its running lifecycle instance. */
    private void seedCircles(String run, long base, int participants, int count) {
        long start = System.nanoTime();
        long circleBase = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mentorflow.circle", Long.class);
        jdbc.update("""
                insert into mentorflow.circle (id, name, topics, description, language, time_zone, meeting_mode, max_size,
                    status, manager_account_id, term, proposed_at, published_at, term_started_at, term_ends_at)
                select ? + n, 'Circle ' || n, '1,2', 'A benchmark circle that meets monthly.', 'en', 'Europe/Berlin', 'VIDEO', 8,
                       'PROPOSED',
                       ? + (n * 7) % ?, case when n % 10 = 3 then 2 when n % 10 in (0, 1) then 0 else 1 end,
                       now() - (n % 300) * interval '1 day', case when n % 10 > 1 then now() - (n % 300) * interval '1 day' end,
                       case when n % 10 > 1 then now() - (n % 150) * interval '1 day' end,
                       case when n % 10 > 1 then now() - (n % 150) * interval '1 day' + interval '180 days' end
                from generate_series(0, ? - 1) n""", circleBase, base, participants, count);
        jdbc.queryForObject("select setval('mentorflow.circle_seq', (select max(id) from mentorflow.circle) + 100)", Long.class);
        jdbc.update("""
                insert into mentorflow.circle_membership (id, circle_id, account_id, role, status, requested_at, decided_at)
                select nextval('mentorflow.circle_membership_seq'), c.id, case when k = 0 then c.manager_account_id
                       else ? + (c.id * 13 + k * 101) % ? end, case when k = 5 then 'ADVISOR' else 'MEMBER' end, 'APPROVED',
                       c.proposed_at, c.proposed_at
                from mentorflow.circle c cross join generate_series(0, 5) k where c.id >= ?
                on conflict do nothing""", base, participants, circleBase);
        List<Long> ids = jdbc.queryForList("select id from mentorflow.circle where id >= ? order by id", Long.class, circleBase);
        long lifecyclesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(CircleProcess.PROCESS_KEY).count();
        for (Long id : ids) {
            runtimeService.startProcessInstanceByKey(CircleProcess.PROCESS_KEY, id.toString(), Map.of(CircleProcess.VAR_CIRCLE_ID, id));
        }
        // Seeded as proposed, as the model's first step opens only a proposed circle; most of a year's are further on.
        jdbc.update("""
                update mentorflow.circle set status = case (id - ?) % 10 when 0 then 'RECRUITING' when 1 then 'RECRUITING'
                    when 2 then 'RENEWAL_PENDING' when 3 then 'EXTENDED' else 'ACTIVE' end where id >= ?""", circleBase, circleBase);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH seeded %d circles with %d memberships and started %d lifecycles in %.1f s%n", ids.size(),
                jdbc.queryForObject("select count(*) from mentorflow.circle_membership where circle_id >= ?", Long.class, circleBase),
                runtimeService.createProcessInstanceQuery().processDefinitionKey(CircleProcess.PROCESS_KEY).count() - lifecyclesBefore,
                seconds);
    }
}
