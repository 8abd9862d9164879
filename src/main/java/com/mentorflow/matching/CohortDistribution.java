package com.mentorflow.matching;

import com.mentorflow.matching.cohort.CohortRunView.ReviewPair;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.List;

/**
 * How the pairs' scores spread, in bands of ten points: a bar per band as long as its share of the fullest band, and
 * the count beside it. Plain elements (Vaadin's charts are not free); the counts are the text a screen reader reads.
 */
class CohortDistribution extends VerticalLayout {

    static final int BANDS = 10;

    private final Div rows = new Div();

    CohortDistribution() {
        setPadding(false);
        setSpacing(false);
        rows.setId("cohort-distribution");
        rows.getStyle().set("display", "grid").set("grid-template-columns", "auto minmax(4rem, 1fr) auto")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-s)").set("align-items", "center")
                .set("max-width", "40rem").set("width", "100%");
        add(new H3(getTranslation("matching.cohort.distribution.title")), rows);
    }

    /** Pairs per band, the highest band first; a score of 100 belongs to 90–100. */
    static int[] bands(List<ReviewPair> pairs) {
        int[] counts = new int[BANDS];
        for (ReviewPair pair : pairs) {
            int band = (int) Math.min(BANDS - 1, Math.max(0, Math.floor(pair.score() / 10)));
            counts[BANDS - 1 - band]++;
        }
        return counts;
    }

    void show(List<ReviewPair> pairs) {
        rows.removeAll();
        int[] counts = bands(pairs);
        int fullest = 1;
        for (int count : counts) {
            fullest = Math.max(fullest, count);
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(getLocale());
        for (int i = 0; i < BANDS; i++) {
            int low = (BANDS - 1 - i) * 10;
            Span band = new Span(getTranslation("matching.cohort.distribution.band", low, low == 90 ? 100 : low + 9));
            Div bar = new Div();
            bar.getStyle().set("height", "0.75rem").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("background", "var(--lumo-primary-color)").set("width", (100.0 * counts[i] / fullest) + "%")
                    .set("min-width", counts[i] > 0 ? "2px" : "0");
            Div track = new Div(bar);
            track.getStyle().set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-s)");
            // The bar says nothing a reader needs: the count beside it does.
            track.getElement().setAttribute("aria-hidden", "true");
            Span count = new Span(getTranslation("matching.cohort.distribution.count", whole.format(counts[i])));
            count.addClassName("cohort-band-count");
            rows.add(band, track, count);
        }
    }
}
