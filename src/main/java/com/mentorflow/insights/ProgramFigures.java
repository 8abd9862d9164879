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

    private final NamedParameterJdbcTemplate jdbc;
    private final ProgramCalendar calendar;
    private final List<Integer> meetingMonths;
    private final Clock clock;

    ProgramFigures(NamedParameterJdbcTemplate jdbc, ProgramCalendar calendar, Clock clock,
                   @org.springframework.beans.factory.annotation.Value("${mentorflow.journey.meeting-months:0,1,2,4,6,8,10}")
                   List<Integer> meetingMonths) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.meetingMonths = List.copyOf(meetingMonths);
    }

    @Transactional(readOnly = true)
    public Overview overview(Filter filter) {
        AttentionLists.requireProgramManager();
        // "Up to and including this instant": what was written a moment ago counts.
        Instant now = clock.instant().plusMillis(1);
        MapSqlParameterSource params = params(filter, now);
        List<Figure> figures = new ArrayList<>();
        if (filter.oneToOne()) {
            figures.add(stock("mentees", "Mentees", "people looking for a mentor", params, """
                    select count(*) from mentorflow.profile p %s where p.wants_mentee and fa.created_at < :bucketEnd %s %s"""
                    .formatted(person("p.account_id"), personFilter(filter), programOfProfile(filter) + cohort(filter, "fa.created_at"))));
            figures.add(stock("mentors", "Mentors", "people offering to mentor", params, """
                    select count(*) from mentorflow.profile p %s where p.wants_mentor and fa.created_at < :bucketEnd %s %s"""
                    .formatted(person("p.account_id"), personFilter(filter), programOfProfile(filter) + cohort(filter, "fa.created_at"))));
            figures.add(stock("free-capacity", "Mentors with free capacity", "accepting and below their capacity", params, """
                    select count(*) from mentorflow.profile p %s where p.wants_mentor and p.accepting_requests and fa.active
                    and fa.created_at < :bucketEnd %s %s and p.mentor_capacity > (select count(*) from mentorflow.mentorship m
                      where m.mentor_account_id = p.account_id and m.started_at < :bucketEnd
                      and (m.ended_at is null or m.ended_at >= :bucketEnd))"""
                    .formatted(person("p.account_id"), personFilter(filter), programOfProfile(filter))));
            figures.add(openRequests(filter, params));
            figures.add(acceptance(filter, params));
            figures.add(timeToMatch(filter, params));
            figures.add(stock("active-mentorships", "Active mentorships", "pairs working together", params, """
                    select count(*) from mentorflow.mentorship m %s where m.started_at < :bucketEnd
                    and (m.ended_at is null or m.ended_at >= :bucketEnd) %s %s"""
                    .formatted(person("m.mentee_account_id"), personFilter(filter), programOf(filter, "m") + cohort(filter, "m.started_at"))));
            figures.add(meetings(filter, params));
            figures.add(checkIns(filter, params));
        }
        Map<String, Long> circlesByStatus = new LinkedHashMap<>();
        if (filter.circles()) {
            figures.add(stock("circles-running", "Running circles", "active, renewal pending or extended", params, """
                    select count(*) from mentorflow.circle c %s where c.published_at < :bucketEnd
                    and (c.ended_at is null or c.ended_at >= :bucketEnd) %s %s"""
                    .formatted(person("c.manager_account_id"), personFilter(filter), cohort(filter, "c.proposed_at"))));
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

    private Figure openRequests(Filter filter, MapSqlParameterSource params) {
        String from = " from mentorflow.match_request r " + person("r.mentee_account_id") + " where r.created_at < :bucketEnd "
                + "and (r.closed_at is null or r.closed_at >= :bucketEnd) " + personFilter(filter) + programOf(filter, "r")
                + cohort(filter, "r.created_at");
        List<Double> trend = perMonth(params, "select count(*)" + from);
        Map<String, Object> age = jdbc.queryForMap("select count(*) as open, percentile_cont(0.5) within group (order by "
                + "extract(epoch from (:now - r.created_at))) as median_age" + from.replace(":bucketEnd", ":now"), params);
        Number median = (Number) age.get("median_age");
        return new Figure("open-requests", "Open requests", "waiting for a mentor or an approval"
                + (median == null ? "" : "; median age " + duration(median.doubleValue())), format(last(trend)), trend);
    }

    private Figure acceptance(Filter filter, MapSqlParameterSource params) {
        String decided = " from mentorflow.match_request r " + person("r.mentee_account_id") + " where r.closed_at >= :from "
                + "and r.closed_at < :to and r.status in ('ACCEPTED', 'DECLINED', 'EXPIRED', 'REJECTED') " + personFilter(filter)
                + programOf(filter, "r") + cohort(filter, "r.created_at");
        String rate = "select case when count(*) = 0 then null else 100.0 * count(*) filter (where r.status = 'ACCEPTED') / count(*) end" + decided;
        List<Double> trend = perMonthRange(params, rate);
        Double year = jdbc.queryForObject(rate.replace(":from", ":yearStart").replace(":to", ":now"), params, Double.class);
        return new Figure("acceptance-rate", "Acceptance rate", "accepted among answered, expired or rejected requests, 12 months",
                year == null ? "–" : Math.round(year) + " %", trend);
    }

    private Figure timeToMatch(Filter filter, MapSqlParameterSource params) {
        String accepted = " from mentorflow.match_request r " + person("r.mentee_account_id") + " where r.status = 'ACCEPTED' "
                + "and r.closed_at >= :from and r.closed_at < :to " + personFilter(filter) + programOf(filter, "r")
                + cohort(filter, "r.created_at");
        String median = "select percentile_cont(0.5) within group (order by extract(epoch from (r.closed_at - r.created_at)))" + accepted;
        List<Double> trend = perMonthRange(params, median).stream().map(s -> s == null ? null : s / 86400.0).toList();
        Double year = jdbc.queryForObject(median.replace(":from", ":yearStart").replace(":to", ":now"), params, Double.class);
        return new Figure("time-to-match", "Median time to match", "from request to acceptance, 12 months",
                year == null ? "–" : duration(year), trend);
    }

    /** Held meetings against the meetings due by the schedule (months of each mentorship's own length). */
    private Figure meetings(Filter filter, MapSqlParameterSource params) {
        String mentorships = " from mentorflow.mentorship m " + person("m.mentee_account_id") + " where true " + personFilter(filter)
                + programOf(filter, "m") + cohort(filter, "m.started_at");
        // one row per due slot: count the slots, not the mentorships
        String expected = "select coalesce(sum((select count(*) from unnest(cast(:meetingMonths as int[])) k where k < m.length_months "
                + "and m.started_at + k * cast(:month as interval) >= :from and m.started_at + k * cast(:month as interval) < :to "
                + "and m.started_at + k * cast(:month as interval) < coalesce(m.ended_at, :now))), 0)" + mentorships;
        String held = "select count(*) from mentorflow.meeting g join mentorflow.mentorship m on m.id = g.mentorship_id "
                + person("m.mentee_account_id") + " where g.held and g.logged_at >= :from and g.logged_at < :to "
                + personFilter(filter) + programOf(filter, "m") + cohort(filter, "m.started_at");
        List<Double> due = perMonthRange(params, expected);
        List<Double> done = perMonthRange(params, held);
        List<Double> trend = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            trend.add(due.get(i) == null || due.get(i) == 0 ? null : Math.min(100.0, 100.0 * done.get(i) / due.get(i)));
        }
        long heldYear = jdbc.queryForObject(held.replace(":from", ":yearStart").replace(":to", ":now"), params, Long.class);
        long dueYear = jdbc.queryForObject(expected.replace(":from", ":yearStart").replace(":to", ":now"), params, Long.class);
        return new Figure("meetings", "Meetings held vs expected", heldYear + " held of " + dueYear + " due, 12 months",
                dueYear == 0 ? "–" : Math.round(100.0 * heldYear / dueYear) + " %", trend);
    }

    private Figure checkIns(Filter filter, MapSqlParameterSource params) {
        String answers = " from mentorflow.check_in ci join mentorflow.mentorship m on m.id = ci.mentorship_id "
                + person("m.mentee_account_id") + " where ci.answered_at >= :from and ci.answered_at < :to "
                + personFilter(filter) + programOf(filter, "m") + cohort(filter, "m.started_at");
        List<Double> trend = perMonthRange(params, "select avg(ci.rating)" + answers);
        Map<String, Object> year = jdbc.queryForMap(("select avg(ci.rating) as average, count(*) as answers" + answers)
                .replace(":from", ":yearStart").replace(":to", ":now"), params);
        Number average = (Number) year.get("average");
        return new Figure("check-in-rating", "Check-in rating", year.get("answers") + " check-ins answered, 12 months (1–5)",
                average == null ? "–" : String.format(java.util.Locale.ENGLISH, "%.1f", average.doubleValue()), trend);
    }

    private Figure renewals(Filter filter, MapSqlParameterSource params) {
        String decided = " from mentorflow.circle_renewal cr join mentorflow.circle c on c.id = cr.circle_id "
                + person("c.manager_account_id") + " where cr.decided_at >= :from and cr.decided_at < :to "
                + personFilter(filter) + cohort(filter, "c.proposed_at");
        List<Double> trend = perMonthRange(params, "select count(*)" + decided);
        Map<String, Object> year = jdbc.queryForMap(("select count(*) filter (where cr.outcome = 'CONTINUED') as continued, "
                + "count(*) filter (where cr.outcome = 'DISBANDED') as disbanded" + decided)
                .replace(":from", ":yearStart").replace(":to", ":now"), params);
        return new Figure("renewals", "Renewal outcomes", "circles continued / disbanded at renewal, 12 months",
                year.get("continued") + " / " + year.get("disbanded"), trend);
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

    /** A count at each month's end (now, for the current month); the headline is the count now. */
    private Figure stock(String key, String label, String explanation, MapSqlParameterSource params, String countAtBucketEnd) {
        List<Double> trend = perMonth(params, countAtBucketEnd);
        return new Figure(key, label, explanation, format(last(trend)), trend);
    }

    private List<Double> perMonth(MapSqlParameterSource params, String sqlWithBucketEnd) {
        List<Double> values = new ArrayList<>();
        for (Instant end : bucketEnds(instant(params, "now"))) {
            MapSqlParameterSource bucket = copy(params).addValue("bucketEnd", Timestamp.from(end));
            Number value = jdbc.queryForObject(sqlWithBucketEnd, bucket, Number.class);
            values.add(value == null ? null : value.doubleValue());
        }
        return values;
    }

    private List<Double> perMonthRange(MapSqlParameterSource params, String sqlWithFromTo) {
        List<Double> values = new ArrayList<>();
        Instant now = instant(params, "now");
        for (YearMonth month : months(now)) {
            Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            MapSqlParameterSource bucket = copy(params).addValue("from", Timestamp.from(from))
                    .addValue("to", Timestamp.from(to.isAfter(now) ? now : to));
            Number value = jdbc.queryForObject(sqlWithFromTo, bucket, Number.class);
            values.add(value == null ? null : value.doubleValue());
        }
        return values;
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
