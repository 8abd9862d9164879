package com.mentorflow.insights;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** How each rate of the program overview is computed from the cube's rows (the stocks are plain counts). */
final class OverviewFigures {

    private OverviewFigures() {
    }

    static ProgramFigures.Figure acceptance(OverviewCells cells) {
        List<Double> trend = cells.trend("answered", c -> c.b() == 0 ? null : 100.0 * c.a() / c.b(), null);
        double[] year = cells.sum("answered");
        return cells.figure("acceptance-rate", year[1] == 0 ? "–" : cells.percent(Math.round(100.0 * year[0] / year[1])), trend);
    }

    static ProgramFigures.Figure timeToMatch(OverviewCells cells) {
        List<Double> trend = new ArrayList<>();
        for (YearMonth month : cells.months()) {
            Double median = cells.median(cells.in("time-to-match", month));
            trend.add(median == null ? null : median / 86400.0);
        }
        Double year = cells.median(cells.all("time-to-match"));
        return cells.figure("time-to-match", year == null ? "–" : cells.duration(year), trend);
    }

    /** Held meetings against the meetings due by the schedule (within each mentorship's own length). */
    static ProgramFigures.Figure meetings(OverviewCells cells) {
        List<Double> trend = new ArrayList<>();
        for (YearMonth month : cells.months()) {
            double due = cells.in("meetings-due", month).stream().mapToDouble(OverviewCube.Cell::a).sum();
            double held = cells.in("meetings-held", month).stream().mapToDouble(OverviewCube.Cell::a).sum();
            trend.add(due == 0 ? null : Math.min(100.0, 100.0 * held / due));
        }
        long heldYear = Math.round(cells.sum("meetings-held")[0]);
        long dueYear = Math.round(cells.sum("meetings-due")[0]);
        return cells.figure("meetings", dueYear == 0 ? "–" : cells.percent(Math.round(100.0 * heldYear / dueYear)), trend,
                heldYear, dueYear);
    }

    static ProgramFigures.Figure checkIns(OverviewCells cells) {
        List<Double> trend = cells.trend("check-ins", c -> c.b() == 0 ? null : c.a() / c.b(), null);
        double[] year = cells.sum("check-ins");
        return cells.figure("check-in-rating", year[1] == 0 ? "–" : cells.decimal(year[0] / year[1]), trend,
                Math.round(year[1]));
    }
}
