package com.mentorflow.insights;

import com.mentorflow.people.Program;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program overview's figures, each with its last twelve calendar months, read from {@link OverviewCube}: the
 * filters apply to the person a row is about (the mentee of a request or mentorship, the participant, the circle's
 * manager) and the month it started (the cohort). Never reads private notes, private comments or military fields.
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

        boolean newHire() {
            return program == null || program == Program.NEW_HIRE;
        }

        String key() {
            return OverviewCube.key(program == null ? null : program.name(), cohort, country, site, businessLine);
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

    /** {@code asOf}: when the figures were computed; they are at most {@code refreshEvery} old. */
    public record Overview(Instant asOf, Duration refreshEvery, List<YearMonth> months, List<Figure> figures,
                           List<ModuleCompletion> modules, Map<String, Long> circlesByStatus) {
    }

    private final OverviewCube cube;
    private final NamedParameterJdbcTemplate jdbc;

    ProgramFigures(OverviewCube cube, NamedParameterJdbcTemplate jdbc) {
        this.cube = cube;
        this.jdbc = jdbc;
    }

    /** The figures as an English reader reads them. */
    public Overview overview(Filter filter) {
        return overview(filter, null);
    }

    /** The figures with their names, explanations and values in the reader's language (English when null). */
    public Overview overview(Filter filter, Locale reader) {
        AttentionLists.requireProgramManager();
        OverviewCube.Snapshot snapshot = cube.read(filter.key());
        OverviewCells cells = new OverviewCells(snapshot.cells(), OverviewCells.months(snapshot.asOf()), reader);
        List<Figure> figures = new ArrayList<>();
        if (filter.oneToOne()) {
            figures.add(cells.stock("mentees"));
            figures.add(cells.stock("mentors"));
            figures.add(cells.stock("free-capacity"));
            Double age = cells.median(cells.all("open-request-age"));
            ProgramFigures.Figure open = cells.stock("open-requests");
            figures.add(age == null ? open : new Figure(open.key(), open.label(),
                    cells.text("open-requests.explanationWithAge", cells.duration(age)), open.value(), open.trend()));
            figures.add(OverviewFigures.acceptance(cells));
            figures.add(OverviewFigures.timeToMatch(cells));
            figures.add(cells.stock("active-mentorships"));
            figures.add(OverviewFigures.meetings(cells));
            if (filter.newHire()) {
                List<Double> trend = cells.trend("modules-completed", c -> c.a(), (a, b) -> a);
                figures.add(cells.figure("modules-completed", cells.format(cells.sum("modules-completed")[0]), trend));
            }
            figures.add(OverviewFigures.checkIns(cells));
        }
        Map<String, Long> circlesByStatus = new TreeMap<>();
        if (filter.circles()) {
            figures.add(cells.stock("circles-running"));
            figures.add(cells.stock("circle-people"));
            List<Double> trend = cells.trend("renewals", c -> c.a() + c.b(), Double::sum);
            double[] year = cells.sum("renewals");
            figures.add(cells.figure("renewals", cells.format(year[0]) + " / " + cells.format(year[1]), trend));
            snapshot.cells().stream().filter(c -> c.figure().startsWith("circle-status/") && c.a() > 0)
                    .forEach(c -> circlesByStatus.merge(c.figure().substring("circle-status/".length()), Math.round(c.a()), Long::sum));
        }
        List<ModuleCompletion> modules = filter.newHire() ? modules(snapshot.cells()) : List.of();
        return new Overview(snapshot.asOf(), cube.refreshEvery(), cells.months(), figures, modules,
                new LinkedHashMap<>(circlesByStatus));
    }

    /**
     * Rebuilds the figures now (they are rebuilt on a schedule anyway); for a benchmark or an operator who needs
     * them current. Returns how long it took.
     */
    public Duration refresh() {
        AttentionLists.requireProgramManager();
        return cube.refresh();
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
    void writeCsv(Overview overview, SafeCsv csv, Runnable written) throws java.io.IOException {
        List<Object> header = new ArrayList<>(List.of(csv.header("figure"), csv.header("value"), csv.header("explanation")));
        overview.months().forEach(m -> header.add(m.toString()));
        csv.printRecord(header);
        for (Figure figure : overview.figures()) {
            List<Object> row = new ArrayList<>(List.of(figure.label(), figure.value(), figure.explanation()));
            figure.trend().forEach(v -> row.add(v == null ? "" : Math.round(v * 10) / 10.0));
            csv.printRecord(row);
            written.run();
        }
        for (ModuleCompletion module : overview.modules()) {
            csv.printRecord(csv.text("insights.csv.moduleCompleted", module.number(), module.title()),
                    csv.text("insights.csv.moduleOf", module.completed(), module.released()),
                    csv.text("insights.csv.moduleShare", module.percent()));
            written.run();
        }
        for (Map.Entry<String, Long> status : overview.circlesByStatus().entrySet()) {
            csv.printRecord(csv.text("insights.csv.circlesInStatus", csv.text("insights.overview.circleStatus." + status.getKey())),
                    status.getValue(), csv.text("insights.csv.circlesByStatus"));
            written.run();
        }
    }

    private List<ModuleCompletion> modules(List<OverviewCube.Cell> cells) {
        Map<Integer, OverviewCube.Cell> byNumber = cells.stream().filter(c -> c.figure().equals("module"))
                .collect(Collectors.toMap(OverviewCube.Cell::bucket, c -> c, (x, y) -> x));
        if (byNumber.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select number, title from mentorflow.learning_module order by number", new MapSqlParameterSource(),
                (row, n) -> {
                    OverviewCube.Cell cell = byNumber.get(row.getInt(1));
                    return new ModuleCompletion(row.getInt(1), row.getString(2), cell == null ? 0 : Math.round(cell.a()),
                            cell == null ? 0 : Math.round(cell.b()));
                });
    }
}
