package com.mentorflow.journey;

import com.mentorflow.journey.JourneyTimeline.Item;
import com.mentorflow.journey.JourneyTimeline.Kind;
import com.mentorflow.journey.JourneyTimeline.State;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/**
 * The year as a picture at the top of My mentorship: one segmented bar per track (modules, meetings, check-ins), a
 * segment per round coloured by its state, the count beside it. Plain divs with inline styles, so the committed
 * frontend bundle and the theme stay as they are. Each bar is an image to screen readers, named by what it shows
 * ("Meetings: 3 of 7 logged, 1 overdue"); overdue segments are striped and due ones hollow, so colour is not the only
 * cue.
 */
class YearProgress extends Div {

    private static final List<Kind> TRACKS = List.of(Kind.MODULE, Kind.MEETING, Kind.CHECK_IN);

    private final Locale reader;

    YearProgress(List<Item> items, Locale reader) {
        this.reader = reader;
        addClassName("journey-progress");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", TimelineWords.progressLabel(reader));
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("max-width", "32rem").set("margin-block", "var(--lumo-space-s) var(--lumo-space-m)");
        for (Kind kind : TRACKS) {
            List<Item> track = items.stream().filter(item -> item.kind() == kind).toList();
            if (!track.isEmpty()) {
                add(track(kind, track));
            }
        }
        add(legend());
    }

    private Div track(Kind kind, List<Item> items) {
        long done = items.stream().filter(item -> item.state() == State.DONE).count();
        long overdue = items.stream().filter(item -> item.state() == State.OVERDUE).count();
        Div row = new Div();
        row.addClassName("journey-progress-track");
        row.getElement().setAttribute("role", "img");
        row.getElement().setAttribute("aria-label", TimelineWords.trackSummary(kind, done, items.size(), overdue, reader));
        row.getStyle().set("display", "grid").set("grid-template-columns", "5.5rem 1fr 2.5rem").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
        Span name = new Span(TimelineWords.track(kind, reader));
        Div bar = new Div();
        bar.getStyle().set("display", "flex").set("gap", "3px");
        items.forEach(item -> bar.add(segment(item.state())));
        Span count = new Span(done + "/" + items.size());
        count.getStyle().set("text-align", "end").set("font-variant-numeric", "tabular-nums");
        row.add(name, bar, count);
        return row;
    }

    private static Div segment(State state) {
        Div segment = swatch(state);
        segment.addClassName("journey-progress-" + state.name().toLowerCase().replace('_', '-'));
        segment.getStyle().set("flex", "1 1 0").set("height", "0.75rem");
        return segment;
    }

    private Div legend() {
        Div legend = new Div();
        legend.getElement().setAttribute("aria-hidden", "true");
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        for (State state : List.of(State.DONE, State.DUE_NOW, State.OVERDUE, State.UPCOMING)) {
            Div key = swatch(state);
            key.getStyle().set("width", "0.75rem").set("height", "0.75rem").set("display", "inline-block")
                    .set("vertical-align", "middle").set("margin-inline-end", "var(--lumo-space-xs)");
            Span entry = new Span(key, new Span(TimelineWords.legend(state, reader)));
            legend.add(entry);
        }
        return legend;
    }

    /** Due now is drawn hollow, not filled: the theme's primary colour is too close to its green for done. */
    private static Div swatch(State state) {
        Div swatch = new Div();
        swatch.getStyle().set("box-sizing", "border-box").set("border-radius", "var(--lumo-border-radius-s)");
        if (state == State.DUE_NOW) {
            swatch.getStyle().set("border", "2px solid var(--lumo-primary-color)");
        }
        swatch.getStyle().set("background", switch (state) {
            case DONE -> "var(--lumo-success-color)";
            case DUE_NOW -> "var(--lumo-base-color)";
            case OVERDUE -> "repeating-linear-gradient(135deg, var(--lumo-error-color) 0 3px, var(--lumo-error-color-50pct) 3px 6px)";
            case UPCOMING -> "var(--lumo-contrast-20pct)";
        });
        return swatch;
    }
}
