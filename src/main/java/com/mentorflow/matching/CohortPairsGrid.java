package com.mentorflow.matching;

import com.mentorflow.matching.cohort.CohortPairState;
import com.mentorflow.matching.cohort.CohortRunView.ReviewPair;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A run's pairs, to review: mentee, mentor, score, the reasons in the reader's language, the pair's state, and while
 * the run is in review a lock, a remove button, and "Swap mentors" for two chosen pairs. The grid sends the browser only
 * the rows in view, so 10,000 pairs scroll as 100 do; the filter finds a person by name.
 */
class CohortPairsGrid extends VerticalLayout {

    /** The edits, bound to the run and the manager; each may be refused with a sentence. */
    interface Edits {
        void lock(long menteeAccountId, boolean locked);

        void remove(long menteeAccountId);

        void swap(long menteeA, long menteeB);
    }

    static final int ALL_ROWS_UP_TO = 12;

    private final Edits edits;
    private final Grid<ReviewPair> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Button swap = new Button();
    private final List<ReviewPair> pairs = new ArrayList<>();
    private final ListDataProvider<ReviewPair> items = new ListDataProvider<>(pairs) {
        @Override
        public Object getId(ReviewPair pair) {
            return pair.menteeAccountId();
        }
    };
    private boolean editable;

    CohortPairsGrid(Edits edits) {
        this.edits = edits;
        setPadding(false);
        Locale reader = getLocale();
        filter.setId("cohort-filter");
        filter.setLabel(getTranslation("matching.cohort.pairs.filter"));
        filter.setPlaceholder(getTranslation("matching.cohort.pairs.filterHint"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());
        swap.setText(getTranslation("matching.cohort.pairs.swap"));
        swap.setId("cohort-swap");
        swap.setEnabled(false);
        swap.addClickListener(click -> swapChosen());
        HorizontalLayout tools = new HorizontalLayout(filter, swap);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        grid.setId("cohort-pairs");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        ((GridMultiSelectionModel<ReviewPair>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.HIDDEN);
        grid.addSelectionListener(chosen -> swap.setEnabled(editable && chosen.getAllSelectedItems().size() == 2));
        grid.addColumn(ReviewPair::menteeName).setHeader(getTranslation("matching.cohort.pairs.column.mentee"))
                .setComparator(ReviewPair::menteeName).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(ReviewPair::mentorName).setHeader(getTranslation("matching.cohort.pairs.column.mentor"))
                .setComparator(ReviewPair::mentorName).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(pair -> Math.round(pair.score())).setHeader(getTranslation("matching.cohort.pairs.column.score"))
                .setComparator(ReviewPair::score).setWidth("5.5rem").setFlexGrow(0);
        // The edits come before the long texts, so they are in view without scrolling sideways.
        grid.addComponentColumn(this::lock).setHeader(getTranslation("matching.cohort.pairs.column.locked"))
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::removeButton).setHeader(getTranslation("matching.cohort.pairs.column.remove"))
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(pair -> getTranslation("matching.cohort.pairState." + pair.state().name()))
                .setHeader(getTranslation("matching.cohort.pairs.column.state")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(pair -> pair.reasons().stream().map(reason -> reason.in(reader)).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("matching.cohort.pairs.column.reasons")).setWidth("16rem").setFlexGrow(1);
        grid.setItems(items);
        grid.setEmptyStateText(getTranslation("matching.cohort.pairs.empty"));
        grid.setWidthFull();
        add(tools, grid);
    }

    /** @param editable whether the run is in review (else the pairs are read-only) */
    void show(List<ReviewPair> shown, boolean editable) {
        this.editable = editable;
        pairs.clear();
        pairs.addAll(shown);
        grid.deselectAll();
        grid.setSelectionMode(editable ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        if (editable) {
            ((GridMultiSelectionModel<ReviewPair>) grid.getSelectionModel())
                    .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.HIDDEN);
        }
        swap.setVisible(editable);
        swap.setEnabled(false);
        // A short list shows every row; a long one scrolls inside the grid, which fetches only the rows in view.
        grid.setAllRowsVisible(shown.size() <= ALL_ROWS_UP_TO);
        grid.setHeight(shown.size() <= ALL_ROWS_UP_TO ? null : "32rem");
        items.refreshAll();
    }

    private void applyFilter() {
        String words = filter.getValue().strip().toLowerCase(getLocale());
        items.setFilter(words.isEmpty() ? null : pair -> pair.menteeName().toLowerCase(getLocale()).contains(words)
                || pair.mentorName().toLowerCase(getLocale()).contains(words));
    }

    private Checkbox lock(ReviewPair pair) {
        Checkbox lock = new Checkbox(pair.locked());
        lock.setAriaLabel(getTranslation("matching.cohort.pairs.lockLabel", pair.menteeName(), pair.mentorName()));
        lock.setEnabled(editable && pair.state() == CohortPairState.PROPOSED);
        lock.setId("cohort-lock-" + pair.menteeAccountId());
        lock.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            attempt(() -> {
                edits.lock(pair.menteeAccountId(), change.getValue());
                // Only this row changes: redrawing 10,000 would lose the reader's place.
                ReviewPair changed = new ReviewPair(pair.menteeAccountId(), pair.menteeName(), pair.mentorAccountId(),
                        pair.mentorName(), pair.score(), pair.reasons(), change.getValue(), pair.state());
                pairs.replaceAll(p -> p.menteeAccountId() == pair.menteeAccountId() ? changed : p);
                items.refreshItem(changed);
            }, () -> lock.setValue(pair.locked()));
        });
        return lock;
    }

    private Button removeButton(ReviewPair pair) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("matching.cohort.pairs.removeLabel", pair.menteeName(), pair.mentorName()));
        remove.setTooltipText(getTranslation("matching.cohort.pairs.column.remove"));
        remove.setId("cohort-remove-" + pair.menteeAccountId());
        remove.setVisible(editable && pair.state() == CohortPairState.PROPOSED);
        remove.addClickListener(click -> attempt(() -> edits.remove(pair.menteeAccountId()), () -> { }));
        return remove;
    }

    private void swapChosen() {
        List<ReviewPair> chosen = List.copyOf(grid.getSelectedItems());
        if (chosen.size() == 2) {
            attempt(() -> edits.swap(chosen.get(0).menteeAccountId(), chosen.get(1).menteeAccountId()), () -> { });
        }
    }

    private void attempt(Runnable edit, Runnable undo) {
        try {
            edit.run();
        } catch (RuntimeException e) {
            undo.run();
            CohortNotices.refused(CohortProgress.sentence(e, getLocale()));
        }
    }
}
