package com.mentorflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouterLink;

/**
 * One item of a {@link CardGrid} on a narrow screen: what it is (the title), about whom, the key facts, and the item's
 * own actions. The title is the card's one link or button and the theme stretches it over the whole card, so a tap
 * anywhere on the card opens the item, while the keyboard and screen readers meet a single control named by the title.
 */
public final class Card extends ListItem {

    private final Div facts = new Div();

    private Card(Component title) {
        addClassName("card");
        title.addClassName("card-title");
        facts.addClassName("card-facts");
        add(title, facts);
    }

    /** Opens a view with its parameter through a real link: the router handles it, a long press offers a new tab. */
    public static <P, V extends Component & HasUrlParameter<P>> Card linkingTo(String title, Class<V> view, P parameter) {
        Card card = new Card(new RouterLink(title, view, parameter));
        card.addClassName("card-opens");
        return card;
    }

    /** Opens the address (a link kept as text by the item, as in the attention lists). */
    public static Card linkingTo(String title, String href) {
        Card card = new Card(new Anchor(href, title));
        card.addClassName("card-opens");
        return card;
    }

    /** Opens what {@code more} holds inside the card itself, the way a grid row shows its details. */
    public static Card showing(String title, Component more) {
        NativeButton toggle = new NativeButton(title);
        toggle.getElement().setAttribute("aria-expanded", "false");
        Card card = new Card(toggle);
        card.addClassName("card-opens");
        more.addClassName("card-more");
        more.setVisible(false);
        toggle.addClickListener(click -> {
            more.setVisible(!more.isVisible());
            toggle.getElement().setAttribute("aria-expanded", Boolean.toString(more.isVisible()));
        });
        card.add(more);
        return card;
    }

    /** A card that opens nothing: the facts are all there is (a circle's roster). */
    public static Card of(String title) {
        return new Card(new Span(title));
    }

    /** Whom or what the item is about, under the title. */
    public Card about(String text) {
        return line(text, "card-about");
    }

    /** One key fact (a due date, a status); blank facts are left out. */
    public Card fact(String text) {
        return line(text, "card-fact");
    }

    /** Buttons of the item's own (withdraw, nudge): they sit above the stretched title, so a tap on them is theirs. */
    public Card actions(Component... actions) {
        Div row = new Div(actions);
        row.addClassName("card-actions");
        add(row);
        return this;
    }

    private Card line(String text, String className) {
        if (text != null && !text.isBlank()) {
            Span line = new Span(text);
            line.addClassName(className);
            facts.add(line);
        }
        return this;
    }
}
