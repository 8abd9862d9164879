package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CardGridTest {

    private final AtomicInteger from = new AtomicInteger();
    private final DataProvider<Integer, Void> numbers = DataProvider.fromCallbacks(
            query -> IntStream.range(from.get(), 60).skip(query.getOffset()).limit(query.getLimit()).boxed(),
            query -> (int) IntStream.range(from.get(), 60).skip(query.getOffset()).limit(query.getLimit()).count());

    @Test
    void thePhoneSeesAPageOfCardsAndShowMoreBringsTheNextUntilNoneAreLeft() {
        CardGrid<Integer> list = new CardGrid<>(grid(), n -> Card.of("Item " + n));
        list.setItems(numbers);

        assertThat(titles(list)).hasSize(CardGrid.PAGE).startsWith("Item 0");
        more(list).click();
        assertThat(titles(list)).hasSize(2 * CardGrid.PAGE).endsWith("Item 49");
        assertThat(more(list).isVisible()).isTrue();
        more(list).click();
        assertThat(titles(list)).hasSize(60).endsWith("Item 59");
        assertThat(more(list).isVisible()).as("nothing more to show").isFalse();
    }

    @Test
    void whenTheItemsChangeTheCardsStartAgainFromTheFirst() {
        CardGrid<Integer> list = new CardGrid<>(grid(), n -> Card.of("Item " + n));
        list.setItems(numbers);
        more(list).click();

        from.set(55); // a filter, say
        numbers.refreshAll();

        assertThat(titles(list)).containsExactly("Item 55", "Item 56", "Item 57", "Item 58", "Item 59");
        assertThat(more(list).isVisible()).isFalse();
    }

    @Test
    void aCardThatOpensItsItemDoesSoThroughOneLinkNamedByItsTitle() {
        Card card = Card.linkingTo("Plan and log meeting 1", "tasks/42").about("Mentorship of Ana with Ben").fact("No due date");

        List<Element> links = card.getElement().getChildren().filter(e -> e.getTag().equals("a")).toList();
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getAttribute("href")).isEqualTo("tasks/42");
        assertThat(links.get(0).getText()).isEqualTo("Plan and log meeting 1");
        assertThat(card.getElement().getTag()).isEqualTo("li");
        assertThat(card.getElement().getTextRecursively())
                .contains("Mentorship of Ana with Ben").contains("No due date");
    }

    @Test
    void aCardThatShowsMoreSaysWhetherItIsOpen() {
        com.vaadin.flow.component.html.Paragraph timeline = new com.vaadin.flow.component.html.Paragraph("Sent, accepted");
        Card card = Card.showing("From Ana", timeline);
        Element toggle = card.getElement().getChild(0);

        assertThat(toggle.getTag()).isEqualTo("button");
        assertThat(timeline.isVisible()).isFalse();
        com.vaadin.flow.component.Component button = toggle.getComponent().orElseThrow();
        com.vaadin.flow.component.ComponentUtil.fireEvent(button, new com.vaadin.flow.component.ClickEvent<>(button));
        assertThat(timeline.isVisible()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    }

    private static Grid<Integer> grid() {
        Grid<Integer> grid = new Grid<>();
        grid.setId("numbers");
        grid.addColumn(n -> "Item " + n);
        return grid;
    }

    private static List<String> titles(CardGrid<Integer> list) {
        Element cards = list.getElement().getChild(1).getChild(0);
        assertThat(cards.getAttribute("id")).isEqualTo("numbers-cards");
        return cards.getChildren().map(card -> card.getChild(0).getText()).toList();
    }

    private static Button more(CardGrid<Integer> list) {
        return (Button) list.getElement().getChild(1).getChild(2).getComponent().orElseThrow();
    }
}
