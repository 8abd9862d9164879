package com.mentorflow.people;

import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Times;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * Admins find anyone (directory entries with or without an account, and accounts) and change their roles, switch
 * them off or on, or invite them. The grid pages from the database: 160,000 people are never loaded at once.
 * Keyboard: type in the search field, Tab to the grid's header and again to its rows, arrows to a person, Space
 * chooses them; their actions follow the grid in the Tab order.
 */
@Route("admin/people")
@Menu(title = "People", order = 79, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN_ROLE)
public class PeopleView extends VerticalLayout implements HasDynamicTitle {


    private final TextField search = new TextField();
    private final Grid<PeopleSearch.Person> people = new Grid<>();
    private final Paragraph found = new Paragraph();
    private final PersonActions actions;
    private final ConfigurableFilterDataProvider<PeopleSearch.Person, Void, String> data;

    public PeopleView(PeopleSearch peopleSearch, PeopleAdmin admin, ReaderZones zones) {
        Times times = zones.forCurrentReader();
        setMaxWidth("80rem");
        actions = new PersonActions(admin, peopleSearch, times, this::changed);
        search.setId("people-search");
        search.setLabel(getTranslation("people.people.search"));
        search.setPlaceholder(getTranslation("people.people.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(PeopleSearch.MAX_QUERY);
        search.setWidth("min(100%, 28rem)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> filter());
        search.addKeyPressListener(Key.ENTER, enter -> filter());
        found.setId("people-found");

        people.setId("people");
        people.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        people.addColumn(LitRenderer.<PeopleSearch.Person>of("<div><strong>${item.name}</strong></div>"
                        + "<div style=\"font-size: var(--lumo-font-size-s)\">${item.email}</div>")
                .withProperty("name", PeopleSearch.Person::name).withProperty("email", PeopleSearch.Person::email))
                .setHeader(getTranslation("people.people.column.name")).setFlexGrow(3).setKey("name");
        people.addColumn(person -> person.employeeId() == null ? "–" : person.employeeId()).setHeader(getTranslation("people.people.column.employeeId"))
                .setAutoWidth(true).setKey("employee");
        // Roles and status at least as wide as their longest word ("Participant"): a phone wraps between words.
        people.addColumn(person -> person.roles().stream().map(role -> getTranslation("people.role." + role.name())).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("people.people.column.roles")).setWidth("7rem").setFlexGrow(1).setKey("roles");
        people.addColumn(person -> getTranslation("people.person.status." + person.status().name()))
                .setHeader(getTranslation("people.people.column.status")).setWidth("7rem").setFlexGrow(1)
                .setKey("status");
        people.addColumn(person -> person.signIn().stream().map(way -> getTranslation("people.person.signIn." + way.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("people.people.column.signIn")).setFlexGrow(1).setKey("signIn");
        people.addColumn(person -> person.lastSignInAt() == null ? getTranslation("people.people.never") : times.dateTime(person.lastSignInAt()))
                .setHeader(getTranslation("people.people.column.lastSignIn")).setAutoWidth(true).setKey("lastSignIn");
        people.setEmptyStateText(getTranslation("people.people.empty"));
        people.setPageSize(50);
        CallbackDataProvider<PeopleSearch.Person, String> pages = new CallbackDataProvider<>(
                query -> peopleSearch.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> {
                    int count = peopleSearch.count(query.getFilter().orElse(""));
                    found.setText(getTranslation("people.people.found", count));
                    return count;
                },
                person -> person.employeeId() != null ? "e:" + person.employeeId() : "a:" + person.accountId());
        data = pages.withConfigurableFilter();
        people.setItems(data);
        people.asSingleSelect().addValueChangeListener(selected -> {
            actions.show(selected.getValue());
            if (selected.getValue() != null) {
                actions.scrollIntoView(); // below the grid, out of sight on most screens
            }
        });

        add(new H2(getTranslation("people.people.title")), new Paragraph(getTranslation("people.people.intro")), search,
                found, people, actions);
        setFlexGrow(1, people);
        people.setHeight("28rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.people.pageTitle");
    }

    /** On a phone the grid keeps name, roles and status; the person's panel says the rest. */
    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().retrieveExtendedClientDetails(details -> narrow(details.getWindowInnerWidth()));
        attach.getUI().getPage().addBrowserWindowResizeListener(resize -> narrow(resize.getWidth()));
    }

    private void narrow(int width) {
        for (String key : new String[] {"employee", "signIn", "lastSignIn"}) {
            people.getColumnByKey(key).setVisible(width >= 700);
        }
    }

    private void filter() {
        data.setFilter(search.getValue().strip());
        people.deselectAll();
    }

    /** After an action: the grid shows the new state, the panel stays on the same person. */
    private void changed(PeopleSearch.Person person) {
        data.refreshAll();
    }
}
