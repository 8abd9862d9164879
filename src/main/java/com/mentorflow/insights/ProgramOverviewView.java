package com.mentorflow.insights;

import com.mentorflow.people.Program;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Program health at a glance: each figure with its last twelve months, filtered by program, cohort and place. */
@Route("insights")
@PageTitle("Program overview · Mentorflow")
@Menu(title = "Program overview", order = 20, icon = "vaadin:chart")
@RolesAllowed({Roles.PROGRAM_MANAGER_ROLE, Roles.ADMIN_ROLE})
public class ProgramOverviewView extends VerticalLayout {

    private final ProgramFigures figures;
    private final Times times;
    private final Select<Program> program = new Select<>();
    private final ComboBox<YearMonth> cohort = new ComboBox<>("Cohort (start month)");
    private final ComboBox<String> country = new ComboBox<>("Country");
    private final ComboBox<String> site = new ComboBox<>("Site");
    private final ComboBox<String> businessLine = new ComboBox<>("Business line");
    private final Div cards = new Div();
    private final Grid<ProgramFigures.ModuleCompletion> modules = new Grid<>();
    private final Paragraph circles = new Paragraph();
    private final Span progress = new Span();
    private final Span asOf = new Span();
    private ProgramFigures.Overview overview;

    public ProgramOverviewView(ProgramFigures figures, Clock clock, ReaderZones zones) {
        this.times = zones.forCurrentReader();
        this.figures = figures;
        setMaxWidth("90rem");
        program.setLabel("Program");
        program.setId("overview-program");
        program.setItems(Program.values());
        program.setEmptySelectionAllowed(true);
        program.setEmptySelectionCaption("All programs");
        program.setItemLabelGenerator(p -> p == null ? "All programs" : p.label());
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        cohort.setItems(months);
        ProgramFigures.Dimensions dimensions = figures.dimensions();
        country.setItems(dimensions.countries());
        site.setItems(dimensions.sites());
        businessLine.setItems(dimensions.businessLines());
        program.addValueChangeListener(change -> refresh());
        for (ComboBox<?> box : List.of(cohort, country, site, businessLine)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(change -> refresh());
        }
        progress.setId("overview-export-progress");
        HorizontalLayout filters = new HorizontalLayout(program, cohort, country, site, businessLine,
                CsvDownload.link("Export CSV", "program-overview.csv", progress, times.zone(),
                        (csv, written) -> figures.writeCsv(overview, csv, written)), progress);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        cards.setId("overview-figures");
        cards.addClassName("figure-cards");
        modules.setId("overview-modules");
        modules.setAllRowsVisible(true);
        modules.addColumn(m -> "Module " + m.number() + ": " + m.title()).setHeader("Module").setFlexGrow(1);
        modules.addColumn(ProgramFigures.ModuleCompletion::released).setHeader("Released to").setAutoWidth(true);
        modules.addColumn(ProgramFigures.ModuleCompletion::completed).setHeader("Completed").setAutoWidth(true);
        modules.addColumn(m -> m.percent() + " %").setHeader("Completion").setAutoWidth(true);
        circles.setId("overview-circles");
        asOf.setId("overview-as-of");
        asOf.addClassName("hint");
        add(new H2("Program overview"), filters, asOf, cards, new H3("Module completion (new-hire program)"), modules,
                new H3("Circles by status"), circles);
        refresh();
    }

    private void refresh() {
        overview = figures.overview(new ProgramFigures.Filter(program.getValue(), cohort.getValue(), country.getValue(),
                site.getValue(), businessLine.getValue()));
        asOf.setText(overview.refreshEvery().isZero() ? "Figures as of " + times.dateTime(overview.asOf())
                : "Figures as of " + times.dateTime(overview.asOf()) + ", recomputed every "
                + humanize(overview.refreshEvery()) + ".");
        cards.removeAll();
        for (ProgramFigures.Figure figure : overview.figures()) {
            Span value = new Span(figure.value());
            value.addClassName("figure-value");
            Span explanation = new Span(figure.explanation());
            explanation.addClassName("figure-explanation");
            Div card = new Div(new Span(figure.label()), value, explanation,
                    new FigureTrend(figure.label(), overview.months(), figure.trend()));
            card.addClassName("figure-card");
            card.setId("figure-" + figure.key());
            cards.add(card);
        }
        modules.setItems(overview.modules());
        circles.setText(overview.circlesByStatus().isEmpty() ? "No circles yet."
                : String.join(" · ", overview.circlesByStatus().entrySet().stream()
                        .map(e -> e.getKey().toLowerCase().replace('_', ' ') + ": " + e.getValue()).toList()));
    }

    private static String humanize(java.time.Duration every) {
        return every.toSeconds() % 60 != 0 ? every.toSeconds() + " seconds"
                : every.toMinutes() == 1 ? "minute" : every.toMinutes() + " minutes";
    }
}
