package com.mentorflow.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Function;

/**
 * A list a participant reads: a grid where the screen is wide, a list of {@link Card}s where it is narrow (a phone),
 * the same items either way. Both are in the page and the theme shows one by the component's own width (a container
 * query), so turning a tablet or pinning the drawer needs no server round-trip. The cards fetch their items a page at
 * a time, with "Show more", from the grid's data provider; when it refreshes (a filter changed), they do too.
 *
 * <pre>{@code
 * CardGrid<Task> tasks = new CardGrid<>(grid, task -> Card.linkingTo(task.name(), TaskView.class, task.id()).fact(...));
 * tasks.setItems(list);   // or a lazy DataProvider
 * }</pre>
 */
public class CardGrid<T> extends Composite<Div> {

    static final int PAGE = 25;

    private final Grid<T> grid;
    private final Function<T, Card> card;
    private final UnorderedList cards = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button("Show more", click -> showMore());
    private DataProvider<T, ?> items;
    private Registration refreshes;
    private int shown;

    public CardGrid(Grid<T> grid, Function<T, Card> card) {
        this.grid = grid;
        this.card = card;
        cards.addClassName("card-list");
        cards.setId(grid.getId().orElse("list") + "-cards");
        empty.addClassName("card-list-empty");
        empty.setVisible(false);
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClassName("card-list-more");
        more.setVisible(false);
        Div narrow = new Div(cards, empty, more);
        narrow.addClassName("card-grid-narrow");
        getContent().addClassName("card-grid");
        getContent().setWidthFull();
        getContent().add(grid, narrow);
    }

    public void setItems(List<T> list) {
        grid.setItems(list);
        listen(grid.getDataProvider());
    }

    public void setItems(DataProvider<T, Void> provider) {
        grid.setItems(provider);
        listen(provider);
    }

    private void listen(DataProvider<T, ?> provider) {
        if (refreshes != null) {
            refreshes.remove();
        }
        items = provider;
        refreshes = provider.addDataProviderListener(change -> showFirst());
        showFirst();
    }

    /** What the grid and the cards say when there is nothing to show. */
    public void setEmptyStateText(String text) {
        grid.setEmptyStateText(text);
        empty.setText(text);
    }

    public Grid<T> grid() {
        return grid;
    }

    private void showFirst() {
        cards.removeAll();
        shown = 0;
        showMore();
        empty.setVisible(shown == 0 && !empty.getText().isEmpty());
    }

    private void showMore() {
        // one more than a page: whether "Show more" has anything to show
        List<T> page = fetch(items, shown, PAGE + 1);
        page.stream().limit(PAGE).map(card).forEach(cards::add);
        shown += Math.min(page.size(), PAGE);
        more.setVisible(page.size() > PAGE);
    }

    private static <T, F> List<T> fetch(DataProvider<T, F> provider, int offset, int limit) {
        return provider.fetch(new Query<T, F>(offset, limit, List.of(), null, null)).toList();
    }
}
