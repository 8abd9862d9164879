package com.mentorflow.insights;

import com.mentorflow.platform.ProgramCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
        YearMonth first = OverviewCells.months(now).get(0);
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
                .formatted(OverviewFacts.DIMENSIONS, OverviewFacts.PERSON.formatted("p.account_id")), none);
        for (String sql : OverviewFacts.all()) {
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
}
