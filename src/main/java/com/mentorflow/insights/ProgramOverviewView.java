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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Program health at a glance: each figure with its last twelve months, filtered by program, cohort and place. */
@Route("insights")
@Menu(title = "Program overview", order = 20, icon = "vaadin:chart")
@RolesAllowed({Roles.PROGRAM_MANAGER_ROLE, Roles.ADMIN_ROLE})
public class ProgramOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final ProgramFigures figures;
    private final Times times;
    private final Select<Program> program = new Select<>();
    private final ComboBox<YearMonth> cohort = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<String> site = new ComboBox<>();
    private final ComboBox<String> businessLine = new ComboBox<>();
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
        program.setLabel(getTranslation("insights.overview.program"));
        cohort.setLabel(getTranslation("insights.overview.cohort"));
        country.setLabel(getTranslation("insights.overview.country"));
        site.setLabel(getTranslation("insights.overview.site"));
        businessLine.setLabel(getTranslation("insights.overview.businessLine"));
        program.setId("overview-program");
        program.setItems(Program.values());
        program.setEmptySelectionAllowed(true);
        program.setEmptySelectionCaption(getTranslation("insights.overview.allPrograms"));
        program.setItemLabelGenerator(p -> p == null ? getTranslation("insights.overview.allPrograms") : getTranslation(p.textKey()));
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
                CsvDownload.link(getTranslation("insights.export.link"), "program-overview.csv", progress, times.zone(),
                        (csv, written) -> figures.writeCsv(overview, csv, written)), progress);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        cards.setId("overview-figures");
        cards.addClassName("figure-cards");
        modules.setId("overview-modules");
        modules.setAllRowsVisible(true);
        modules.addColumn(m -> getTranslation("insights.overview.module", m.number(), m.title()))
                .setHeader(getTranslation("insights.overview.column.module")).setFlexGrow(1);
        modules.addColumn(ProgramFigures.ModuleCompletion::released)
                .setHeader(getTranslation("insights.overview.column.released")).setAutoWidth(true);
        modules.addColumn(ProgramFigures.ModuleCompletion::completed)
                .setHeader(getTranslation("insights.overview.column.completed")).setAutoWidth(true);
        modules.addColumn(m -> getTranslation("insights.overview.percent", m.percent()))
                .setHeader(getTranslation("insights.overview.column.completion")).setAutoWidth(true);
        circles.setId("overview-circles");
        asOf.setId("overview-as-of");
        asOf.addClassName("hint");
        add(new H2(getTranslation("insights.overview.title")), filters, asOf, cards, new H3(getTranslation("insights.overview.modulesTitle")), modules,
                new H3(getTranslation("insights.overview.circlesTitle")), circles);
        refresh();
    }

    private void refresh() {
        overview = figures.overview(new ProgramFigures.Filter(program.getValue(), cohort.getValue(), country.getValue(),
                site.getValue(), businessLine.getValue()), getLocale());
        asOf.setText(overview.refreshEvery().isZero() ? getTranslation("insights.overview.asOf", times.dateTime(overview.asOf()))
                : getTranslation("insights.overview.asOfRecomputed", times.dateTime(overview.asOf()),
                humanize(overview.refreshEvery())));
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
        circles.setText(overview.circlesByStatus().isEmpty() ? getTranslation("insights.overview.noCircles")
                : String.join(" · ", overview.circlesByStatus().entrySet().stream()
                        .map(e -> getTranslation("insights.overview.circlesInStatus",
                                getTranslation("insights.overview.circleStatus." + e.getKey()), e.getValue())).toList()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.overview.pageTitle");
    }

    private String humanize(java.time.Duration every) {
        return every.toSeconds() % 60 != 0 ? getTranslation("insights.overview.everySeconds", every.toSeconds())
                : getTranslation("insights.overview.everyMinutes", every.toMinutes());
    }
}
