package com.mentorflow.matching;

import com.mentorflow.matching.cohort.CohortRunView.UnmatchedMentee;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The mentees a run leaves without a mentor, each with why in words: no mentor passes their must-filters, or no place is left. */
class CohortUnmatchedList extends VerticalLayout {

    /** Up to this many the list shows every row; more scroll inside it. */
    static final int ALL_ROWS_UP_TO = 15;

    private final Grid<UnmatchedMentee> grid = new Grid<>();
    private final H3 heading = new H3();
    private final Paragraph hint = new Paragraph();

    CohortUnmatchedList() {
        setPadding(false);
        grid.setId("cohort-unmatched");
        grid.addColumn(UnmatchedMentee::menteeName).setHeader(getTranslation("matching.cohort.unmatched.column.mentee"))
                .setComparator(UnmatchedMentee::menteeName).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(mentee -> getTranslation("matching.cohort.unmatched.reason." + mentee.reason().name()))
                .setHeader(getTranslation("matching.cohort.unmatched.column.why")).setWidth("20rem").setFlexGrow(1);
        grid.setWidthFull();
        add(heading, hint, grid);
    }

    void show(List<UnmatchedMentee> unmatched) {
        heading.setText(getTranslation("matching.cohort.unmatched.title", unmatched.size()));
        hint.setText(getTranslation(unmatched.isEmpty() ? "matching.cohort.unmatched.empty" : "matching.cohort.unmatched.hint"));
        grid.setVisible(!unmatched.isEmpty());
        grid.setItems(unmatched);
        grid.setAllRowsVisible(unmatched.size() <= ALL_ROWS_UP_TO);
        if (unmatched.size() > ALL_ROWS_UP_TO) {
            grid.setHeight("24rem");
        } else {
            grid.setHeight(null);
        }
    }
}
