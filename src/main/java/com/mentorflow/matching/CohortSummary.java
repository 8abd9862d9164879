package com.mentorflow.matching;

import com.mentorflow.matching.cohort.CohortPairState;
import com.mentorflow.matching.cohort.CohortRunStatus;
import com.mentorflow.matching.cohort.CohortRunView;
import com.mentorflow.matching.cohort.PublishingProgress;
import com.mentorflow.platform.Times;
import com.mentorflow.ui.PersonNames;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * What a run came to: its status, pairs and unmatched mentees, the total score beside the upper bound no assignment
 * can beat (and the gap between them in percent), and who computed it when.
 */
class CohortSummary extends VerticalLayout {

    private final Times times;
    private final PersonNames names;
    private final H2 heading = new H2();
    private final Span status = new Span();
    private final Paragraph statusHint = new Paragraph();
    private final Div facts = new Div();
    private final Paragraph computed = new Paragraph();
    /** Who approved the run, said after the hint; kept for the hint's updates while publishing. */
    private String approvedBy = "";

    CohortSummary(Times times, PersonNames names) {
        this.times = times;
        this.names = names;
        setPadding(false);
        setSpacing(false);
        heading.setId("cohort-title");
        status.setId("cohort-status");
        statusHint.setId("cohort-status-hint");
        facts.setId("cohort-facts");
        facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        computed.setId("cohort-computed");
        HorizontalLayout title = new HorizontalLayout(heading, status);
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        title.setWrap(true);
        add(title, statusHint, facts, computed);
    }

    void show(CohortRunView run) {
        Locale reader = getLocale();
        NumberFormat whole = NumberFormat.getIntegerInstance(reader);
        NumberFormat percent = NumberFormat.getNumberInstance(reader);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(2);
        heading.setText(getTranslation("matching.cohort.run.heading", getTranslation(run.choice().program().textKey()), run.runId()));
        status.setText(getTranslation("matching.cohort.status." + run.status().name()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(badge(run.status()));
        long published = run.pairs().stream().filter(pair -> pair.state() != CohortPairState.PROPOSED).count();
        approvedBy = run.approver() == null ? ""
                : " " + getTranslation("matching.cohort.run.approvedBy", names.displayNameOf(run.approver()));
        hint(run.status(), published, run.pairs().size());
        double gap = run.upperBound() <= 0 ? 0 : Math.max(0, (run.upperBound() - run.totalScore()) / run.upperBound() * 100);
        facts.removeAll();
        facts.add(fact("cohort-pairs-count", getTranslation("matching.cohort.run.pairs", whole.format(run.pairs().size()))),
                fact("cohort-unmatched-count", getTranslation("matching.cohort.run.unmatched", whole.format(run.unmatched().size()))),
                fact("cohort-pool", getTranslation("matching.cohort.run.pool", whole.format(run.menteeCount()),
                        whole.format(run.mentorCount()))),
                fact("cohort-score", getTranslation("matching.cohort.run.score", whole.format(Math.round(run.totalScore())),
                        whole.format(Math.round(run.upperBound())), percent.format(gap))));
        computed.setText(getTranslation("matching.cohort.run.computed", names.displayNameOf(run.computedBy()),
                times.dateTime(run.computedAt())));
    }

    /** Only the status hint, from counts: what the page updates while the run is being published. */
    void progress(PublishingProgress progress) {
        hint(progress.status(), progress.published(), progress.pairs());
    }

    private void hint(CohortRunStatus runStatus, long published, long pairs) {
        NumberFormat whole = NumberFormat.getIntegerInstance(getLocale());
        statusHint.setText(getTranslation("matching.cohort.status." + runStatus.name() + ".hint", whole.format(published),
                whole.format(pairs)) + approvedBy);
    }

    private static Span fact(String id, String text) {
        Span fact = new Span(text);
        fact.setId(id);
        return fact;
    }

    private static String badge(CohortRunStatus status) {
        return switch (status) {
            case IN_REVIEW -> "badge";
            case AWAITING_APPROVAL, PUBLISHING -> "badge contrast";
            case PUBLISHED -> "badge success";
            case DISCARDED -> "badge error";
        };
    }
}
