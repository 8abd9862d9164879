package com.mentorflow.insights;

import com.mentorflow.people.Program;
import com.mentorflow.platform.ProgramCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program overview's figures, each with its last twelve calendar months. Everything is computed from the
 * domain tables with the filters applied to the person a row is about (the mentee of a request or mentorship,
 * the participant, the circle's manager). Never reads private notes, private comments or military fields.
 */
@Service
public class ProgramFigures {

    /** All optional. {@code cohort} is the month a mentorship, request, participant or circle started. */
    public record Filter(Program program, YearMonth cohort, String country, String site, String businessLine) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }

        boolean oneToOne() {
            return program == null || program.isOneToOne();
        }

        boolean circles() {
            return program == null || program == Program.CIRCLES;
        }
    }

    /** A figure: its headline, what it means, and one value per month (oldest first, the current month last). */
    public record Figure(String key, String label, String explanation, String value, List<Double> trend) {
    }

    public record ModuleCompletion(int number, String title, long released, long completed) {

        public int percent() {
            return released == 0 ? 0 : (int) Math.round(100.0 * completed / released);
        }
    }

    public record Overview(List<YearMonth> months, List<Figure> figures, List<ModuleCompletion> modules,
                           Map<String, Long> circlesByStatus) {
    }

    private static final String PERSON = """
            join mentorflow.account fa on fa.id = %s
            left join mentorflow.employee fe on fe.employee_id = fa.employee_id
            """;

    private final com.github.benmanes.caffeine.cache.Cache<Filter, Overview> cache;
    private final NamedParameterJdbcTemplate jdbc;
    private final ProgramCalendar calendar;
    private final List<Integer> meetingMonths;
    private final Clock clock;

    ProgramFigures(NamedParameterJdbcTemplate jdbc, ProgramCalendar calendar, Clock clock,
                   @org.springframework.beans.factory.annotation.Value("${mentorflow.journey.meeting-months:0,1,2,4,6,8,10}")
                   List<Integer> meetingMonths,
                   @org.springframework.beans.factory.annotation.Value("${mentorflow.insights.cache-seconds:60}") int cacheSeconds) {
        this.cache = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(500)
                .expireAfterWrite(Duration.ofSeconds(cacheSeconds)).build();
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.meetingMonths = List.copyOf(meetingMonths);
    }

    /**
     * The overview for a filter. Program managers looking at the same filter within
     * {@code mentorflow.insights.cache-seconds} share one computation (and see figures that old at most).
     */
    public Overview overview(Filter filter) {
        AttentionLists.requireProgramManager();
        return cache.get(filter, this::compute);
    }

    private Overview compute(Filter filter) {
        // "Up to and including this instant": what was written a moment ago counts.
        Instant now = clock.instant().plusMillis(1);
        MapSqlParameterSource params = params(filter, now);
        List<Figure> figures = new ArrayList<>();
        if (filter.oneToOne()) {
            String profiles = " from mentorflow.profile p " + person("p.account_id") + " where true " + personFilter(filter)
                    + programOfProfile(filter) + cohort(filter, "fa.created_at");
            figures.add(stock("mentees", "Mentees", "people looking for a mentor", params,
                    profiles + " and p.wants_mentee", "fa.created_at < :end"));
            figures.add(stock("mentors", "Mentors", "people offering to mentor", params,
                    profiles + " and p.wants_mentor", "fa.created_at < :end"));
            figures.add(freeCapacity(filter, params));
            figures.add(stock("open-requests", "Open requests", "waiting for a mentor or an approval" + openRequestAge(filter, params),
                    params, " from mentorflow.match_request r " + person("r.mentee_account_id") + " where (r.closed_at is null "
                            + "or r.closed_at >= :yearStart) " + personFilter(filter) + programOf(filter, "r") + cohort(filter, "r.created_at"),
                    "r.created_at < :end and (r.closed_at is null or r.closed_at >= :end)"));
            figures.add(acceptance(filter, params));
            figures.add(timeToMatch(filter, params));
            figures.add(stock("active-mentorships", "Active mentorships", "pairs working together", params,
                    " from mentorflow.mentorship m " + person("m.mentee_account_id") + " where (m.ended_at is null or m.ended_at "
                            + ">= :yearStart) " + personFilter(filter) + programOf(filter, "m") + cohort(filter, "m.started_at"),
                    "m.started_at < :end and (m.ended_at is null or m.ended_at >= :end)"));
            figures.add(meetings(filter, params));
            if (filter.program() == null || filter.program() == Program.NEW_HIRE) {
                figures.add(modulesCompleted(filter, params));
            }
            figures.add(checkIns(filter, params));
        }
        Map<String, Long> circlesByStatus = new LinkedHashMap<>();
        if (filter.circles()) {
            figures.add(stock("circles-running", "Running circles", "active, renewal pending or extended", params,
                    " from mentorflow.circle c " + person("c.manager_account_id") + " where c.published_at is not null "
                            + personFilter(filter) + cohort(filter, "c.proposed_at"),
                    "c.published_at < :end and (c.ended_at is null or c.ended_at >= :end)"));
            figures.add(stock("circle-people", "Circle members and advisors", "people in a circle", params,
                    " from mentorflow.circle_membership cm " + person("cm.account_id") + " where cm.status in ('APPROVED', 'LEFT') "
                            + "and (cm.left_at is null or cm.left_at >= :yearStart) " + personFilter(filter)
                            + cohort(filter, "cm.decided_at"),
                    "cm.decided_at < :end and (cm.left_at is null or cm.left_at >= :end)"));
            figures.add(renewals(filter, params));
            jdbc.query("select c.status, count(*) from mentorflow.circle c " + person("c.manager_account_id")
                    + " where true " + personFilter(filter) + cohort(filter, "c.proposed_at") + " group by c.status order by c.status",
                    params, row -> {
                        circlesByStatus.put(row.getString(1), row.getLong(2));
                    });
        }
        List<ModuleCompletion> modules = filter.program() == null || filter.program() == Program.NEW_HIRE
                ? modules(filter, params) : List.of();
        return new Overview(months(now), figures, modules, circlesByStatus);
    }

    /** The values the filters offer, from the directory. */
    public record Dimensions(List<String> countries, List<String> sites, List<String> businessLines) {
    }

    @Transactional(readOnly = true)
    public Dimensions dimensions() {
        MapSqlParameterSource none = new MapSqlParameterSource();
        return new Dimensions(
                jdbc.queryForList("select distinct country from mentorflow.employee where country is not null order by 1", none, String.class),
                jdbc.queryForList("select distinct site from mentorflow.employee where site is not null order by 1", none, String.class),
                jdbc.queryForList("select distinct business_line from mentorflow.employee where business_line is not null order by 1",
                        none, String.class));
    }

    /** The overview as CSV rows: figure, headline, explanation, then one column per month. */
    public void writeCsv(Overview overview, org.apache.commons.csv.CSVPrinter csv, Runnable written) throws java.io.IOException {
        List<Object> header = new ArrayList<>(List.of("figure", "value", "explanation"));
        overview.months().forEach(m -> header.add(m.toString()));
        csv.printRecord(header);
        for (Figure figure : overview.figures()) {
            List<Object> row = new ArrayList<>(List.of(figure.label(), figure.value(), figure.explanation()));
            figure.trend().forEach(v -> row.add(v == null ? "" : Math.round(v * 10) / 10.0));
            csv.printRecord(row);
            written.run();
        }
        for (ModuleCompletion module : overview.modules()) {
            csv.printRecord("Module " + module.number() + " completed: " + module.title(), module.completed() + " of "
                    + module.released(), module.percent() + " % of those released");
            written.run();
        }
        for (Map.Entry<String, Long> status : overview.circlesByStatus().entrySet()) {
            csv.printRecord("Circles " + status.getKey().toLowerCase().replace('_', ' '), status.getValue(), "circles by status");
            written.run();
        }
    }

    // ---- figures ------------------------------------------------------------------------------------------

    /** Mentors accepting requests whose active mentorships at each month's end were below their capacity. */
    private Figure freeCapacity(Filter filter, MapSqlParameterSource params) {
        String active = buckets(i -> "count(m.id) filter (where m.started_at < :end" + i + " and (m.ended_at is null or "
                + "m.ended_at >= :end" + i + ")) as a" + i);
        String free = buckets(i -> "count(*) filter (where x.created_at < :end" + i + " and x.capacity > x.a" + i + ")");
        List<Double> trend = row(params, "select " + free + " from (select fa.created_at, p.mentor_capacity as capacity, "
                + active + " from mentorflow.profile p " + person("p.account_id")
                + " left join mentorflow.mentorship m on m.mentor_account_id = p.account_id"
                + " where p.wants_mentor and p.accepting_requests and fa.active " + personFilter(filter) + programOfProfile(filter)
                + " group by p.account_id, fa.created_at, p.mentor_capacity) x");
        return new Figure("free-capacity", "Mentors with free capacity", "accepting and below their capacity",
                format(last(trend)), trend);
    }

    private String openRequestAge(Filter filter, MapSqlParameterSource params) {
        Number median = jdbc.queryForObject("select percentile_cont(0.5) within group (order by extract(epoch from "
                + "(:now - r.created_at))) from mentorflow.match_request r " + person("r.mentee_account_id")
                + " where r.status in ('PENDING', 'PENDING_APPROVAL') " + personFilter(filter) + programOf(filter, "r")
                + cohort(filter, "r.created_at"), params, Number.class);
        return median == null ? "" : "; median age " + duration(median.doubleValue());
    }

    private Figure acceptance(Filter filter, MapSqlParameterSource params) {
        Map<YearMonth, double[]> months = monthly(params, "select " + month("r.closed_at") + ", count(*) filter (where "
                + "r.status = 'ACCEPTED'), count(*) from mentorflow.match_request r " + person("r.mentee_account_id")
                + " where r.closed_at >= :yearStart and r.closed_at < :now and r.status in ('ACCEPTED', 'DECLINED', 'EXPIRED', "
                + "'REJECTED') " + personFilter(filter) + programOf(filter, "r") + cohort(filter, "r.created_at") + " group by 1");
        List<Double> trend = series(params, months, v -> v[1] == 0 ? null : 100.0 * v[0] / v[1]);
        double[] year = total(months, 2);
        return new Figure("acceptance-rate", "Acceptance rate", "accepted among answered, expired or rejected requests, 12 months",
                year[1] == 0 ? "–" : Math.round(100.0 * year[0] / year[1]) + " %", trend);
    }

    private Figure timeToMatch(Filter filter, MapSqlParameterSource params) {
        String accepted = " from mentorflow.match_request r " + person("r.mentee_account_id") + " where r.status = 'ACCEPTED' "
                + "and r.closed_at >= :yearStart and r.closed_at < :now " + personFilter(filter) + programOf(filter, "r")
                + cohort(filter, "r.created_at");
        String median = "percentile_cont(0.5) within group (order by extract(epoch from (r.closed_at - r.created_at)))";
        Map<YearMonth, double[]> months = monthly(params, "select " + month("r.closed_at") + ", " + median + accepted
                + " group by 1");
        List<Double> trend = series(params, months, v -> v[0] / 86400.0);
        Double year = jdbc.queryForObject("select " + median + accepted, params, Double.class);
        return new Figure("time-to-match", "Median time to match", "from request to acceptance, 12 months (trend in days)",
                year == null ? "–" : duration(year), trend);
    }

    /** Held meetings against the meetings due by the schedule (within each mentorship's own length). */
    private Figure meetings(Filter filter, MapSqlParameterSource params) {
        String slot = "m.started_at + k * cast(:month as interval)";
        Map<YearMonth, double[]> due = monthly(params, "select " + month(slot) + ", count(*) from mentorflow.mentorship m "
                + person("m.mentee_account_id") + " cross join unnest(cast(:meetingMonths as int[])) k where k < m.length_months "
                + "and " + slot + " >= :yearStart and " + slot + " < least(:now, coalesce(m.ended_at, :now)) "
                + personFilter(filter) + programOf(filter, "m") + cohort(filter, "m.started_at") + " group by 1");
        Map<YearMonth, double[]> held = monthly(params, "select " + month("g.logged_at") + ", count(*) from mentorflow.meeting g "
                + "join mentorflow.mentorship m on m.id = g.mentorship_id " + person("m.mentee_account_id")
                + " where g.held and g.logged_at >= :yearStart and g.logged_at < :now " + personFilter(filter)
                + programOf(filter, "m") + cohort(filter, "m.started_at") + " group by 1");
        List<Double> trend = new ArrayList<>();
        for (YearMonth month : months(instant(params, "now"))) {
            double expected = due.containsKey(month) ? due.get(month)[0] : 0;
            double done = held.containsKey(month) ? held.get(month)[0] : 0;
            trend.add(expected == 0 ? null : Math.min(100.0, 100.0 * done / expected));
        }
        long heldYear = Math.round(total(held, 1)[0]);
        long dueYear = Math.round(total(due, 1)[0]);
        return new Figure("meetings", "Meetings held vs expected", heldYear + " held of " + dueYear + " due, 12 months",
                dueYear == 0 ? "–" : Math.round(100.0 * heldYear / dueYear) + " %", trend);
    }

    private Figure modulesCompleted(Filter filter, MapSqlParameterSource params) {
        Map<YearMonth, double[]> months = monthly(params, "select " + month("mp.completed_at") + ", count(*) "
                + "from mentorflow.module_progress mp join mentorflow.mentorship m on m.id = mp.mentorship_id "
                + person("m.mentee_account_id") + " where mp.completed_at >= :yearStart and mp.completed_at < :now "
                + personFilter(filter) + cohort(filter, "m.started_at") + " group by 1");
        List<Double> trend = series(params, months, v -> v[0]);
        return new Figure("modules-completed", "Modules completed", "learning modules finished by new hires, 12 months"
                + " (per module below)", String.format(java.util.Locale.ENGLISH, "%,d", Math.round(total(months, 1)[0])), trend);
    }

    private Figure checkIns(Filter filter, MapSqlParameterSource params) {
        Map<YearMonth, double[]> months = monthly(params, "select " + month("ci.answered_at") + ", sum(ci.rating), count(*) "
                + "from mentorflow.check_in ci join mentorflow.mentorship m on m.id = ci.mentorship_id "
                + person("m.mentee_account_id") + " where ci.answered_at >= :yearStart and ci.answered_at < :now "
                + personFilter(filter) + programOf(filter, "m") + cohort(filter, "m.started_at") + " group by 1");
        List<Double> trend = series(params, months, v -> v[1] == 0 ? null : v[0] / v[1]);
        double[] year = total(months, 2);
        return new Figure("check-in-rating", "Check-in rating", Math.round(year[1]) + " check-ins answered, 12 months (1–5)",
                year[1] == 0 ? "–" : String.format(java.util.Locale.ENGLISH, "%.1f", year[0] / year[1]), trend);
    }

    private Figure renewals(Filter filter, MapSqlParameterSource params) {
        Map<YearMonth, double[]> months = monthly(params, "select " + month("cr.decided_at") + ", count(*) filter (where "
                + "cr.outcome = 'CONTINUED'), count(*) filter (where cr.outcome = 'DISBANDED') from mentorflow.circle_renewal cr "
                + "join mentorflow.circle c on c.id = cr.circle_id " + person("c.manager_account_id")
                + " where cr.decided_at >= :yearStart and cr.decided_at < :now " + personFilter(filter)
                + cohort(filter, "c.proposed_at") + " group by 1");
        List<Double> trend = series(params, months, v -> v[0] + v[1]);
        double[] year = total(months, 2);
        return new Figure("renewals", "Renewal outcomes", "circles continued / disbanded at renewal, 12 months",
                Math.round(year[0]) + " / " + Math.round(year[1]), trend);
    }

    private List<ModuleCompletion> modules(Filter filter, MapSqlParameterSource params) {
        return jdbc.query("""
                select lm.number, lm.title,
                  count(m.id) filter (where m.started_at + lm.release_month * cast(:month as interval) <= least(:now, coalesce(m.ended_at, :now))) as released,
                  count(mp.completed_at) as completed
                from mentorflow.learning_module lm
                cross join mentorflow.mentorship m
                %s
                left join mentorflow.module_progress mp on mp.mentorship_id = m.id and mp.module_number = lm.number
                where m.program = 'NEW_HIRE' %s %s
                group by lm.number, lm.title order by lm.number""".formatted(person("m.mentee_account_id"), personFilter(filter),
                cohort(filter, "m.started_at")), params,
                (row, n) -> new ModuleCompletion(row.getInt("number"), row.getString("title"), row.getLong("released"),
                        row.getLong("completed")));
    }

    // ---- shapes of figures --------------------------------------------------------------------------------

    /**
     * A count at each month's end (now, for the current month) in one pass over the rows: {@code condition}
     * says whether a row counts at {@code :end}. The headline is the count now.
     */
    private Figure stock(String key, String label, String explanation, MapSqlParameterSource params, String fromWhere,
                         String condition) {
        List<Double> trend = row(params, "select " + buckets(i -> "count(*) filter (where "
                + condition.replace(":end", ":end" + i) + ")") + fromWhere);
        return new Figure(key, label, explanation, format(last(trend)), trend);
    }

    private static String buckets(java.util.function.IntFunction<String> column) {
        return java.util.stream.IntStream.range(0, 12).mapToObj(column).collect(Collectors.joining(", "));
    }

    private List<Double> row(MapSqlParameterSource params, String sql) {
        MapSqlParameterSource withEnds = copy(params);
        List<Instant> ends = bucketEnds(instant(params, "now"));
        for (int i = 0; i < ends.size(); i++) {
            withEnds.addValue("end" + i, Timestamp.from(ends.get(i)));
        }
        return jdbc.query(sql, withEnds, rs -> {
            rs.next();
            List<Double> values = new ArrayList<>();
            for (int i = 1; i <= ends.size(); i++) {
                values.add(rs.getDouble(i));
            }
            return values;
        });
    }

    /** Rows of (month, value…) from a query grouped by month. */
    private Map<YearMonth, double[]> monthly(MapSqlParameterSource params, String sql) {
        Map<YearMonth, double[]> months = new java.util.HashMap<>();
        jdbc.query(sql, params, rs -> {
            int columns = rs.getMetaData().getColumnCount();
            double[] values = new double[columns - 1];
            for (int i = 2; i <= columns; i++) {
                values[i - 2] = rs.getDouble(i);
            }
            months.put(YearMonth.from(rs.getTimestamp(1).toLocalDateTime()), values);
        });
        return months;
    }

    private List<Double> series(MapSqlParameterSource params, Map<YearMonth, double[]> months,
                                java.util.function.Function<double[], Double> value) {
        return months(instant(params, "now")).stream().map(m -> months.containsKey(m) ? value.apply(months.get(m)) : null).toList();
    }

    private static double[] total(Map<YearMonth, double[]> months, int width) {
        double[] total = new double[width];
        months.values().forEach(v -> {
            for (int i = 0; i < width && i < v.length; i++) {
                total[i] += v[i];
            }
        });
        return total;
    }

    private static String month(String column) {
        return "date_trunc('month', (" + column + ") at time zone 'UTC')";
    }

    static List<YearMonth> months(Instant now) {
        YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    private static List<Instant> bucketEnds(Instant now) {
        return months(now).stream().map(m -> {
            Instant end = m.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            return end.isAfter(now) ? now : end;
        }).toList();
    }

    // ---- filters ------------------------------------------------------------------------------------------

    private MapSqlParameterSource params(Filter filter, Instant now) {
        YearMonth first = months(now).get(0);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("now", Timestamp.from(now))
                .addValue("yearStart", Timestamp.from(first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .addValue("month", Duration.parse(calendar.getMonth()).toSeconds() + " seconds")
                .addValue("meetingMonths", meetingMonths.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .addValue("program", filter.program() == null ? null : filter.program().name())
                .addValue("country", filter.country())
                .addValue("site", filter.site())
                .addValue("businessLine", filter.businessLine());
        if (filter.cohort() != null) {
            params.addValue("cohortStart", Timestamp.from(filter.cohort().atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            params.addValue("cohortEnd", Timestamp.from(filter.cohort().plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return params;
    }

    private static String person(String accountColumn) {
        return PERSON.formatted(accountColumn);
    }

    private static String personFilter(Filter filter) {
        return (filter.country() == null ? "" : " and fe.country = :country")
                + (filter.site() == null ? "" : " and fe.site = :site")
                + (filter.businessLine() == null ? "" : " and fe.business_line = :businessLine");
    }

    private static String programOf(Filter filter, String alias) {
        return filter.program() == null ? "" : " and " + alias + ".program = :program";
    }

    private static String programOfProfile(Filter filter) {
        return filter.program() == null ? "" : " and (',' || p.programs || ',') like '%,' || :program || ',%'";
    }

    private static String cohort(Filter filter, String column) {
        return filter.cohort() == null ? "" : " and " + column + " >= :cohortStart and " + column + " < :cohortEnd";
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static MapSqlParameterSource copy(MapSqlParameterSource params) {
        return new MapSqlParameterSource(params.getValues());
    }

    private static Instant instant(MapSqlParameterSource params, String name) {
        return ((Timestamp) params.getValue(name)).toInstant();
    }

    private static Double last(List<Double> values) {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    private static String format(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ENGLISH, "%,d", Math.round(value));
    }

    static String duration(double seconds) {
        if (seconds < 3600) {
            return Math.max(1, Math.round(seconds / 60)) + " min";
        }
        if (seconds < 2 * 86400) {
            return Math.round(seconds / 3600) + " h";
        }
        return Math.round(seconds / 86400) + " days";
    }
}
