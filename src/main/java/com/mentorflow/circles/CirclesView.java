package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.mentorflow.ui.Card;
import com.mentorflow.ui.CardGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** The circle directory: the person's own circles first, then every circle that takes people, with filters. */
@Route("circles")
@PageTitle("Circles · Mentorflow")
@Menu(title = "Circles", order = 7, icon = "vaadin:group")
@RolesAllowed(Roles.PARTICIPANT_ROLE)
public class CirclesView extends VerticalLayout {

    private final TextField text = new TextField();
    private final ComboBox<Integer> topic = new ComboBox<>("Topic");
    private final ComboBox<Integer> network = new ComboBox<>("Network");
    private final ComboBox<String> language = new ComboBox<>("Language");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final ComboBox<Role> role = new ComboBox<>("Seat for");
    private final Checkbox openSeats = new Checkbox("Open seats only");
    private final ConfigurableFilterDataProvider<CircleDirectory.Summary, Void, CircleDirectory.Filter> circles;

    public CirclesView(CircleDirectory directory, Topics topics, AffinityNetworks networks, ReaderZones zones) {
        Times times = zones.forCurrentReader();
        setMaxWidth("80rem");
        addClassName("circles-view");
        Button propose = new Button("Propose a circle", click -> getUI().ifPresent(ui -> ui.navigate(ProposeCircleView.class)));
        propose.setId("propose-circle");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout heading = new HorizontalLayout(new H2("Circles"), propose);
        heading.setWidthFull();
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Grid<CircleDirectory.MyCircle> mine = new Grid<>();
        mine.setId("my-circles");
        mine.setAllRowsVisible(true);
        mine.addColumn(m -> m.circle().name()).setHeader("Circle").setFlexGrow(2);
        mine.addColumn(CirclesView::me).setHeader("Me").setAutoWidth(true);
        mine.addColumn(m -> m.circle().status().label()).setHeader("Status").setAutoWidth(true);
        mine.addColumn(m -> next(times, m)).setHeader("Next meeting").setFlexGrow(1);
        mine.addItemClickListener(click -> open(click.getItem().circle().id()));
        CardGrid<CircleDirectory.MyCircle> myCards = new CardGrid<>(mine, m -> Card.linkingTo(m.circle().name(), CircleView.class,
                m.circle().id()).about(me(m)).fact(m.circle().status().label()).fact(next(times, m)));
        myCards.setEmptyStateText("You are in no circle yet: join one below, or propose your own.");
        myCards.setItems(directory.of(CurrentUser.username()));

        text.setPlaceholder("Search name or description");
        text.setLabel("Search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        topic.setItems(topics.ids());
        topic.setItemLabelGenerator(topics::name);
        network.setItems(networks.all().keySet());
        network.setItemLabelGenerator(id -> networks.all().get(id));
        language.setItems(Circles.LANGUAGES.keySet());
        language.setItemLabelGenerator(Circles.LANGUAGES::get);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        for (ComboBox<?> box : java.util.List.of(topic, network, language, timeZone, role)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(change -> refresh());
        }
        text.addValueChangeListener(change -> refresh());
        openSeats.addValueChangeListener(change -> refresh());
        text.addClassName("circle-search");
        HorizontalLayout filters = new HorizontalLayout(topic, network, language, timeZone, role, openSeats);
        filters.addClassName("circle-filters");
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Details moreFilters = new Details("More filters", filters);
        moreFilters.setId("circle-filters");
        moreFilters.setOpened(true);
        // On a phone six filters would push the circles below the fold: there they start folded.
        moreFilters.getElement().executeJs("if (window.matchMedia('(max-width: 44rem)').matches) this.opened = false");

        Grid<CircleDirectory.Summary> grid = new Grid<>();
        grid.setId("circle-directory");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CircleDirectory.Summary::name).setHeader("Circle").setFlexGrow(2)
                .setTooltipGenerator(CircleDirectory.Summary::description);
        grid.addColumn(c -> topicsOf(c, topics)).setHeader("Topics")
                .setFlexGrow(1).setResizable(true);
        grid.addColumn(c -> c.network() == null ? "" : c.network()).setHeader("Network").setAutoWidth(true);
        grid.addColumn(CirclesView::languageAndZone).setHeader("Language · zone").setFlexGrow(1);
        grid.addColumn(CirclesView::seats).setHeader("Open seats").setAutoWidth(true);
        grid.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button open = new Button("Open", click -> open(c.id()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.getElement().setAttribute("aria-label", "Open circle " + c.name());
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        CardGrid<CircleDirectory.Summary> found = new CardGrid<>(grid, c -> Card.linkingTo(c.name(), CircleView.class, c.id())
                .about(topicsOf(c, topics)).fact(languageAndZone(c)).fact("Open seats: " + seats(c)).fact(c.status().label()));
        found.setEmptyStateText("No circle matches. Change the filters, or propose a circle yourself.");
        circles = new CallbackDataProvider<CircleDirectory.Summary, CircleDirectory.Filter>(
                query -> directory.search(query.getFilter().orElse(CircleDirectory.Filter.none()), query.getOffset(),
                        query.getLimit()).stream(),
                query -> directory.count(query.getFilter().orElse(CircleDirectory.Filter.none()))).withConfigurableFilter();
        found.setItems(circles);
        grid.addItemDoubleClickListener(click -> open(click.getItem().id()));
        refresh();

        add(heading, new H3("My circles"), myCards, new H3("Find a circle"), text, moreFilters, found);
        setFlexGrow(1, found);
        setHeightFull();
    }

    private void refresh() {
        circles.setFilter(new CircleDirectory.Filter(text.getValue(), topic.getValue(), network.getValue(), language.getValue(),
                timeZone.getValue(), openSeats.getValue(), role.getValue()));
    }

    private static String me(CircleDirectory.MyCircle m) {
        return m.status() == CircleMembership.Status.REQUESTED ? "Asked to join as " + m.role().label().toLowerCase()
                : m.role().label();
    }

    private static String next(Times times, CircleDirectory.MyCircle m) {
        return m.nextMeeting() == null ? "" : "Meeting " + m.nextMeeting().number() + ", "
                + CircleFormat.when(times, m.nextMeeting().scheduledAt(), m.circle().timeZone());
    }

    private static String topicsOf(CircleDirectory.Summary c, Topics topics) {
        return c.topics().stream().map(topics::name).collect(Collectors.joining(", "));
    }

    private static String languageAndZone(CircleDirectory.Summary c) {
        return Circles.LANGUAGES.getOrDefault(c.language(), c.language()) + " · " + c.timeZone();
    }

    private static String seats(CircleDirectory.Summary c) {
        return c.openSeats() + " of " + c.maxSize() + (c.advisors() < Circles.RECOMMENDED_ADVISORS ? " (advisor wanted)" : "");
    }

    private void open(long circleId) {
        getUI().ifPresent(ui -> ui.navigate(CircleView.class, circleId));
    }
}
