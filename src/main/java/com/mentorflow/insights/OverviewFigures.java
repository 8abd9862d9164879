package com.mentorflow.insights;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How each rate of the program overview is computed from the cube's rows (the stocks are plain counts). */
final class OverviewFigures {

    private OverviewFigures() {
    }

    static ProgramFigures.Figure acceptance(OverviewCells cells) {
        List<Double> trend = cells.trend("answered", c -> c.b() == 0 ? null : 100.0 * c.a() / c.b(), null);
        double[] year = cells.sum("answered");
        return new ProgramFigures.Figure("acceptance-rate", "Acceptance rate", "accepted among answered, expired or rejected requests, 12 months",
                year[1] == 0 ? "–" : Math.round(100.0 * year[0] / year[1]) + " %", trend);
    }

    static ProgramFigures.Figure timeToMatch(OverviewCells cells) {
        List<Double> trend = new ArrayList<>();
        for (YearMonth month : cells.months()) {
            Double median = cells.median(cells.in("time-to-match", month));
            trend.add(median == null ? null : median / 86400.0);
        }
        Double year = cells.median(cells.all("time-to-match"));
        return new ProgramFigures.Figure("time-to-match", "Median time to match", "from request to acceptance, 12 months (trend in days)",
                year == null ? "–" : OverviewCells.duration(year), trend);
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
        return new ProgramFigures.Figure("meetings", "Meetings held vs expected", heldYear + " held of " + dueYear + " due, 12 months",
                dueYear == 0 ? "–" : Math.round(100.0 * heldYear / dueYear) + " %", trend);
    }

    static ProgramFigures.Figure checkIns(OverviewCells cells) {
        List<Double> trend = cells.trend("check-ins", c -> c.b() == 0 ? null : c.a() / c.b(), null);
        double[] year = cells.sum("check-ins");
        return new ProgramFigures.Figure("check-in-rating", "Check-in rating", Math.round(year[1]) + " check-ins answered, 12 months (1–5)",
                year[1] == 0 ? "–" : String.format(Locale.ENGLISH, "%.1f", year[0] / year[1]), trend);
    }
}
