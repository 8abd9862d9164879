package com.mentorflow.insights;

import com.mentorflow.platform.ProgramCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The overview's figures summed for every combination of its filters, rebuilt from the domain tables. Computing a
 * filtered overview from a year's rows took about a second at full scale, and program managers with different
 * filters queued behind each other; reading the summed rows for one filter takes a few milliseconds.
 *
 * <p>A rebuild is one transaction (readers keep the previous figures until it commits) under an advisory lock, so
 * two rebuilds never interleave. With {@code mentorflow.insights.figures-refresh} at zero (tests) every read
 * rebuilds first, so what was just written counts.
 */
@Component
class OverviewCube {

    /** The figures whose rows are people's profiles: a profile may be in several programs at once. */
    static final List<String> PROFILE_FIGURES = List.of("mentees", "mentors", "free-capacity");
    static final String ALL = "*";
    static final char SEPARATOR = '\u001f';
    /** Durations are kept as classes of about 5 % width, enough for a median shown in minutes, hours or days. */
    static final double CLASSES_PER_E = 20.0;

    private static final Logger log = LoggerFactory.getLogger(OverviewCube.class);
    private static final long LOCK = 0x6f76657276696577L;

    private static final String PERSON = """
            join mentorflow.account fa on fa.id = %s
            left join mentorflow.employee fe on fe.employee_id = fa.employee_id""";
    private static final String DIMENSIONS = "fe.country, fe.site, fe.business_line";

    record Cell(String figure, YearMonth month, int bucket, double a, double b) {
    }

    record Snapshot(Instant asOf, List<Cell> cells) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ProgramCalendar calendar;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final List<Integer> meetingMonths;
    private final Duration refreshEvery;

    OverviewCube(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction, ProgramCalendar calendar, Clock clock,
                 TaskScheduler scheduler,
                 @Value("${mentorflow.journey.meeting-months:0,1,2,4,6,8,10}") List<Integer> meetingMonths,
                 @Value("${mentorflow.insights.figures-refresh:PT1M}") Duration refreshEvery) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.calendar = calendar;
        this.clock = clock;
        this.scheduler = scheduler;
        this.meetingMonths = List.copyOf(meetingMonths);
        this.refreshEvery = refreshEvery;
    }

    @EventListener(ApplicationReadyEvent.class)
    void scheduleRefresh() {
        if (!refreshEvery.isZero()) {
            scheduler.scheduleWithFixedDelay(this::refreshQuietly, Instant.now().plusSeconds(5), refreshEvery);
        }
    }

    Duration refreshEvery() {
        return refreshEvery;
    }

    /** The rows for one filter key, rebuilding first when nothing was built yet or rebuilds happen on read. */
    Snapshot read(String filterKey) {
        Optional<Instant> asOf = refreshedAt();
        if (asOf.isEmpty() || refreshEvery.isZero()) {
            refresh();
            asOf = refreshedAt();
        }
        List<Cell> cells = jdbc.query("select figure, month, bucket, a, b from mentorflow.overview_cube where filter_key = :key",
                new MapSqlParameterSource("key", filterKey), (row, n) -> new Cell(row.getString(1),
                        YearMonth.from(row.getDate(2).toLocalDate()), row.getInt(3), row.getDouble(4), row.getDouble(5)));
        return new Snapshot(asOf.orElseThrow(), cells);
    }

    static String key(String program, YearMonth cohort, String country, String site, String businessLine) {
        return String.join(String.valueOf(SEPARATOR), program == null ? ALL : program, cohort == null ? ALL : cohort.toString(),
                country == null ? ALL : country, site == null ? ALL : site, businessLine == null ? ALL : businessLine);
    }

    /** The middle of a duration class, in seconds. */
    static double classMiddle(int bucket) {
        return Math.exp((bucket + 0.5) / CLASSES_PER_E);
    }

    Optional<Instant> refreshedAt() {
        return jdbc.query("select refreshed_at from mentorflow.overview_cube_refresh", new MapSqlParameterSource(),
                (row, n) -> row.getObject(1, OffsetDateTime.class).toInstant()).stream().findFirst();
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("The program overview's figures could not be rebuilt; the previous ones stay", e);
        }
    }

    /** Rebuilds every figure for every filter; returns how long it took. */
    Duration refresh() {
        long started = System.nanoTime();
        // "Up to and including this instant": what was written a moment ago counts.
        Instant now = clock.instant().plusMillis(1);
        long rows = transaction.execute(status -> rebuild(now, started));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.debug("Program overview rebuilt: {} rows in {} ms", rows, took.toMillis());
        return took;
    }

    private long rebuild(Instant now, long started) {
        MapSqlParameterSource none = new MapSqlParameterSource();
        jdbc.queryForList("select pg_advisory_xact_lock(" + LOCK + ")", none);
        jdbc.update("set local time zone 'UTC'", none);
        YearMonth first = ProgramFigures.months(now).get(0);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .addValue("yearStart", first.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .addValue("month", Duration.parse(calendar.getMonth()).toSeconds() + " seconds")
                .addValue("meetingMonths", meetingMonths.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));

        jdbc.update("create temp table overview_month (month date, month_end timestamptz) on commit drop", none);
        jdbc.update("""
                insert into overview_month
                select cast(g as date), least(g + interval '1 month', cast(:now as timestamptz))
                from generate_series(cast(:yearStart as timestamptz), cast(:now as timestamptz), interval '1 month') g""", params);
        jdbc.update("""
                create temp table overview_fact (figure text, month date, program text, cohort date, country text, site text,
                    business_line text, bucket integer, a double precision, b double precision) on commit drop""", none);
        // One row per profile and program it is in, plus one for "all programs", so no one counts twice in a total.
        jdbc.update("""
                create temp table overview_profile on commit drop as
                select p.account_id, p.wants_mentee, p.wants_mentor, p.accepting_requests, p.mentor_capacity, fa.active,
                       fa.created_at, %s, pr.program
                from mentorflow.profile p %s
                cross join lateral (select '*' union all select unnest(string_to_array(p.programs, ','))) pr(program)"""
                .formatted(DIMENSIONS, PERSON.formatted("p.account_id")), none);
        for (String sql : facts()) {
            jdbc.update("insert into overview_fact (figure, month, program, cohort, country, site, business_line, bucket, a, b) "
                    + sql, params);
        }
        jdbc.update("delete from mentorflow.overview_cube", none);
        String figures = PROFILE_FIGURES.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
        long rows = jdbc.update(cube("program") + " where figure in (" + figures + ")"
                + " group by figure, month, bucket, program, cube(cohort, country, site, business_line)", none);
        rows += jdbc.update(cube(keyPart("program")) + " where figure not in (" + figures + ")"
                + " group by figure, month, bucket, cube(program, cohort, country, site, business_line)", none);
        jdbc.update("""
                insert into mentorflow.overview_cube_refresh (id, refreshed_at, took_ms, cube_rows) values (1, :now, :took, :rows)
                on conflict (id) do update set refreshed_at = excluded.refreshed_at, took_ms = excluded.took_ms,
                    cube_rows = excluded.cube_rows""", new MapSqlParameterSource(params.getValues()).addValue("rows", rows)
                .addValue("took", Duration.ofNanos(System.nanoTime() - started).toMillis()));
        return rows;
    }

    private static String cube(String programKey) {
        return "insert into mentorflow.overview_cube (filter_key, figure, month, bucket, a, b) select concat_ws(chr(31), "
                + programKey + ", " + keyPart("to_char(cohort, 'YYYY-MM')", "cohort") + ", " + keyPart("country") + ", "
                + keyPart("site") + ", " + keyPart("business_line") + "), figure, month, bucket, sum(a), sum(b) from overview_fact";
    }

    private static String keyPart(String column) {
        return keyPart(column, column);
    }

    private static String keyPart(String value, String column) {
        return "case when grouping(" + column + ") = 1 then '*' else coalesce(" + value + ", '') end";
    }

    private static String month(String column) {
        return "cast(date_trunc('month', " + column + ") as date)";
    }

    private static String durationClass(String seconds) {
        return "cast(floor(ln(greatest(" + seconds + ", 1)) * " + CLASSES_PER_E + ") as integer)";
    }

    /**
     * Each figure at its finest grain: (figure, month, program, cohort, country, site, business line, bucket, a, b).
     * Stocks count at each month's end (now for the current month); flows count within their month.
     */
    private static List<String> facts() {
        String group = " group by 1, 2, 3, 4, 5, 6, 7, 8";
        List<String> facts = new ArrayList<>();
        for (String role : List.of("mentee", "mentor")) {
            facts.add("select '" + role + "s', e.month, pp.program, " + month("pp.created_at") + ", pp.country, pp.site, "
                    + "pp.business_line, 0, count(*), 0 from overview_profile pp join overview_month e on pp.created_at < e.month_end"
                    + " where pp.wants_" + role + group);
        }
        facts.add("select 'free-capacity', x.month, pp.program, " + month("pp.created_at") + ", pp.country, pp.site, "
                + "pp.business_line, 0, count(*), 0 from overview_profile pp join ("
                + " select p.account_id, e.month, count(m.id) filter (where m.started_at < e.month_end and (m.ended_at is null"
                + " or m.ended_at >= e.month_end)) as active from mentorflow.profile p join mentorflow.account fa on fa.id = p.account_id"
                + " join overview_month e on fa.created_at < e.month_end"
                + " left join mentorflow.mentorship m on m.mentor_account_id = p.account_id"
                + " where p.wants_mentor and p.accepting_requests and fa.active group by p.account_id, e.month"
                + ") x on x.account_id = pp.account_id where pp.mentor_capacity > x.active" + group);

        String request = " from mentorflow.match_request r " + PERSON.formatted("r.mentee_account_id");
        String requestDims = "r.program, " + month("r.created_at") + ", " + DIMENSIONS;
        facts.add("select 'open-requests', e.month, " + requestDims + ", 0, count(*), 0" + request
                + " join overview_month e on r.created_at < e.month_end and (r.closed_at is null or r.closed_at >= e.month_end)"
                + " where (r.closed_at is null or r.closed_at >= :yearStart)" + group);
        facts.add("select 'open-request-age', " + month(":now") + ", " + requestDims + ", "
                + durationClass("extract(epoch from (:now - r.created_at))") + ", count(*), 0" + request
                + " where r.status in ('PENDING', 'PENDING_APPROVAL')" + group);
        facts.add("select 'answered', " + month("r.closed_at") + ", " + requestDims + ", 0, count(*) filter (where "
                + "r.status = 'ACCEPTED'), count(*)" + request + " where r.closed_at >= :yearStart and r.closed_at < :now"
                + " and r.status in ('ACCEPTED', 'DECLINED', 'EXPIRED', 'REJECTED')" + group);
        facts.add("select 'time-to-match', " + month("r.closed_at") + ", " + requestDims + ", "
                + durationClass("extract(epoch from (r.closed_at - r.created_at))") + ", count(*), 0" + request
                + " where r.status = 'ACCEPTED' and r.closed_at >= :yearStart and r.closed_at < :now" + group);

        String mentorship = " from mentorflow.mentorship m " + PERSON.formatted("m.mentee_account_id");
        String mentorshipDims = "m.program, " + month("m.started_at") + ", " + DIMENSIONS;
        facts.add("select 'active-mentorships', e.month, " + mentorshipDims + ", 0, count(*), 0" + mentorship
                + " join overview_month e on m.started_at < e.month_end and (m.ended_at is null or m.ended_at >= e.month_end)"
                + " where (m.ended_at is null or m.ended_at >= :yearStart)" + group);
        String slot = "m.started_at + k * cast(:month as interval)";
        facts.add("select 'meetings-due', " + month(slot) + ", " + mentorshipDims + ", 0, count(*), 0" + mentorship
                + " cross join unnest(cast(:meetingMonths as int[])) k where k < m.length_months and " + slot + " >= :yearStart"
                + " and " + slot + " < least(:now, coalesce(m.ended_at, :now))" + group);
        facts.add("select 'meetings-held', " + month("g.logged_at") + ", " + mentorshipDims + ", 0, count(*), 0"
                + " from mentorflow.meeting g join mentorflow.mentorship m on m.id = g.mentorship_id "
                + PERSON.formatted("m.mentee_account_id") + " where g.held and g.logged_at >= :yearStart and g.logged_at < :now"
                + group);
        facts.add("select 'modules-completed', " + month("mp.completed_at") + ", " + mentorshipDims + ", 0, count(*), 0"
                + " from mentorflow.module_progress mp join mentorflow.mentorship m on m.id = mp.mentorship_id "
                + PERSON.formatted("m.mentee_account_id") + " where mp.completed_at >= :yearStart and mp.completed_at < :now"
                + group);
        facts.add("select 'module', " + month(":now") + ", " + mentorshipDims + ", lm.number,"
                + " count(*) filter (where m.started_at + lm.release_month * cast(:month as interval) <= least(:now, "
                + "coalesce(m.ended_at, :now))), count(mp.completed_at)"
                + " from mentorflow.learning_module lm cross join mentorflow.mentorship m " + PERSON.formatted("m.mentee_account_id")
                + " left join mentorflow.module_progress mp on mp.mentorship_id = m.id and mp.module_number = lm.number"
                + " where m.program = 'NEW_HIRE'" + group);
        facts.add("select 'check-ins', " + month("ci.answered_at") + ", " + mentorshipDims + ", 0, sum(ci.rating), count(*)"
                + " from mentorflow.check_in ci join mentorflow.mentorship m on m.id = ci.mentorship_id "
                + PERSON.formatted("m.mentee_account_id") + " where ci.answered_at >= :yearStart and ci.answered_at < :now" + group);

        String circle = " from mentorflow.circle c " + PERSON.formatted("c.manager_account_id");
        String circleDims = "'CIRCLES', " + month("c.proposed_at") + ", " + DIMENSIONS;
        facts.add("select 'circles-running', e.month, " + circleDims + ", 0, count(*), 0" + circle
                + " join overview_month e on c.published_at < e.month_end and (c.ended_at is null or c.ended_at >= e.month_end)"
                + " where c.published_at is not null" + group);
        facts.add("select 'circle-people', e.month, 'CIRCLES', " + month("cm.decided_at") + ", " + DIMENSIONS + ", 0, count(*), 0"
                + " from mentorflow.circle_membership cm " + PERSON.formatted("cm.account_id")
                + " join overview_month e on cm.decided_at < e.month_end and (cm.left_at is null or cm.left_at >= e.month_end)"
                + " where cm.status in ('APPROVED', 'LEFT') and (cm.left_at is null or cm.left_at >= :yearStart)" + group);
        facts.add("select 'renewals', " + month("cr.decided_at") + ", " + circleDims + ", 0, count(*) filter (where "
                + "cr.outcome = 'CONTINUED'), count(*) filter (where cr.outcome = 'DISBANDED')"
                + " from mentorflow.circle_renewal cr join mentorflow.circle c on c.id = cr.circle_id "
                + PERSON.formatted("c.manager_account_id") + " where cr.decided_at >= :yearStart and cr.decided_at < :now" + group);
        facts.add("select 'circle-status/' || c.status, " + month(":now") + ", " + circleDims + ", 0, count(*), 0" + circle
                + group);
        return facts;
    }
}
