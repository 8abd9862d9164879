package com.mentorflow.matching;

import com.mentorflow.matching.cohort.CohortChoice;
import com.mentorflow.matching.cohort.CohortRunSummary;
import com.mentorflow.matching.cohort.CohortRuns;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.mentorflow.ui.PersonNames;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A program manager's cohort runs: the recent ones, and a new one matched for a program, a cohort of mentees and the
 * mentors to draw on. Matching runs in the background with progress; the finished run opens for review.
 */
@Route("cohorts")
@Menu(title = "Cohorts", order = 24, icon = "vaadin:cluster")
@RolesAllowed({Roles.PROGRAM_MANAGER_ROLE, Roles.ADMIN_ROLE})
public class CohortsView extends VerticalLayout implements HasDynamicTitle {

    static final int RECENT = 30;

    private final CohortRuns runs;
    private final String manager = CurrentUser.username();
    private final CohortRunForm form;
    private final CohortProgress progress = new CohortProgress("cohort-progress");
    private final Paragraph error = new Paragraph();

    public CohortsView(CohortRuns runs, ReaderZones zones, PersonNames names) {
        this.runs = runs;
        Times times = zones.forCurrentReader();
        setMaxWidth("72rem");
        addClassName("cohorts-view");
        form = new CohortRunForm(program -> runs.options(manager, program), this::match);
        error.addClassName("form-error");
        error.setId("cohort-error");
        error.setVisible(false);

        Grid<CohortRunSummary> recent = new Grid<>();
        recent.setId("cohort-runs");
        recent.addComponentColumn(run -> new Anchor("cohorts/" + run.runId(), getTranslation(run.program().textKey())))
                .setHeader(getTranslation("matching.cohort.runs.column.program")).setAutoWidth(true);
        recent.addColumn(run -> getTranslation("matching.cohort.status." + run.status().name()))
                .setHeader(getTranslation("matching.cohort.runs.column.status")).setAutoWidth(true);
        recent.addColumn(CohortRunSummary::pairs).setHeader(getTranslation("matching.cohort.runs.column.pairs")).setAutoWidth(true);
        recent.addColumn(CohortRunSummary::unmatched).setHeader(getTranslation("matching.cohort.runs.column.unmatched"))
                .setAutoWidth(true);
        recent.addColumn(run -> names.displayNameOf(run.computedBy()))
                .setHeader(getTranslation("matching.cohort.runs.column.computedBy")).setAutoWidth(true);
        recent.addColumn(run -> times.dateTime(run.computedAt()))
                .setHeader(getTranslation("matching.cohort.runs.column.computedAt")).setAutoWidth(true);
        recent.setEmptyStateText(getTranslation("matching.cohort.runs.empty"));
        recent.setAllRowsVisible(true);
        recent.setItems(runs.recent(manager, RECENT));

        add(new H2(getTranslation("matching.cohort.title")), new Paragraph(getTranslation("matching.cohort.intro")),
                new H3(getTranslation("matching.cohort.form.title")), form, progress, error,
                new H3(getTranslation("matching.cohort.runs.title")), recent);
    }

    private void match(CohortChoice choice) {
        form.busy(true);
        error.setVisible(false);
        progress.run(getTranslation("matching.cohort.matching"), fraction -> runs.compute(manager, choice, fraction), runId -> {
            form.busy(false);
            getUI().ifPresent(ui -> ui.navigate("cohorts/" + runId));
        }, sentence -> {
            form.busy(false);
            error.setText(sentence);
            error.setVisible(true);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.cohort.pageTitle");
    }
}
