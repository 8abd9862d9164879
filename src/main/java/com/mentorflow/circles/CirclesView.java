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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** The circle directory: the person's own circles first, then every circle that takes people, with filters. */
@Route("circles")
@Menu(title = "Circles", order = 7, icon = "vaadin:group")
@RolesAllowed(Roles.PARTICIPANT_ROLE)
public class CirclesView extends VerticalLayout implements HasDynamicTitle {

    private final TextField text = new TextField();
    private final ComboBox<Integer> topic = new ComboBox<>(getTranslation("circles.directory.filter.topic"));
    private final ComboBox<Integer> network = new ComboBox<>(getTranslation("circles.directory.filter.network"));
    private final ComboBox<String> language = new ComboBox<>(getTranslation("circles.directory.filter.language"));
    private final ComboBox<String> timeZone = new ComboBox<>(getTranslation("circles.directory.filter.timeZone"));
    private final ComboBox<Role> role = new ComboBox<>(getTranslation("circles.directory.filter.seatFor"));
    private final Checkbox openSeats = new Checkbox(getTranslation("circles.directory.filter.openSeatsOnly"));
    private final ConfigurableFilterDataProvider<CircleDirectory.Summary, Void, CircleDirectory.Filter> circles;

    public CirclesView(CircleDirectory directory, Topics topics, AffinityNetworks networks, ReaderZones zones) {
        Times times = zones.forCurrentReader();
        setMaxWidth("80rem");
        addClassName("circles-view");
        Button propose = new Button(getTranslation("circles.directory.propose"), click -> getUI().ifPresent(ui -> ui.navigate(ProposeCircleView.class)));
        propose.setId("propose-circle");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("circles.directory.title")), propose);
        heading.setWidthFull();
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Grid<CircleDirectory.MyCircle> mine = new Grid<>();
        mine.setId("my-circles");
        mine.setAllRowsVisible(true);
        mine.addColumn(m -> m.circle().name()).setHeader(getTranslation("circles.directory.column.circle")).setFlexGrow(2);
        mine.addColumn(this::me).setHeader(getTranslation("circles.directory.column.me")).setAutoWidth(true);
        mine.addColumn(m -> status(m.circle().status())).setHeader(getTranslation("circles.directory.column.status")).setAutoWidth(true);
        mine.addColumn(m -> next(times, m)).setHeader(getTranslation("circles.directory.column.nextMeeting")).setFlexGrow(1);
        mine.addItemClickListener(click -> open(click.getItem().circle().id()));
        CardGrid<CircleDirectory.MyCircle> myCards = new CardGrid<>(mine, m -> Card.linkingTo(m.circle().name(), CircleView.class,
                m.circle().id()).about(me(m)).fact(status(m.circle().status())).fact(next(times, m)));
        myCards.setEmptyStateText(getTranslation("circles.directory.mineEmpty"));
        myCards.setItems(directory.of(CurrentUser.username()));

        text.setPlaceholder(getTranslation("circles.directory.searchPlaceholder"));
        text.setLabel(getTranslation("circles.directory.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        topic.setItems(topics.ids());
        topic.setItemLabelGenerator(id -> topics.name(id, getLocale()));
        network.setItems(networks.all().keySet());
        network.setItemLabelGenerator(id -> networks.all().get(id));
        language.setItems(Circles.LANGUAGES.keySet());
        language.setItemLabelGenerator(code -> CircleWords.language(getLocale(), code));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> CircleWords.role(getLocale(), r));
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
        Details moreFilters = new Details(getTranslation("circles.directory.moreFilters"), filters);
        moreFilters.setId("circle-filters");
        moreFilters.setOpened(true);
        // On a phone six filters would push the circles below the fold: there they start folded.
        moreFilters.getElement().executeJs("if (window.matchMedia('(max-width: 44rem)').matches) this.opened = false");

        Grid<CircleDirectory.Summary> grid = new Grid<>();
        grid.setId("circle-directory");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CircleDirectory.Summary::name).setHeader(getTranslation("circles.directory.column.circle")).setFlexGrow(2)
                .setTooltipGenerator(CircleDirectory.Summary::description);
        grid.addColumn(c -> topicsOf(c, topics, getLocale())).setHeader(getTranslation("circles.directory.column.topics"))
                .setFlexGrow(1).setResizable(true);
        grid.addColumn(c -> c.network() == null ? "" : c.network()).setHeader(getTranslation("circles.directory.column.network")).setAutoWidth(true);
        grid.addColumn(this::languageAndZone).setHeader(getTranslation("circles.directory.column.languageZone")).setFlexGrow(1);
        grid.addColumn(this::seats).setHeader(getTranslation("circles.directory.column.openSeats")).setAutoWidth(true);
        grid.addColumn(c -> status(c.status())).setHeader(getTranslation("circles.directory.column.status")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button open = new Button(getTranslation("circles.directory.open"), click -> open(c.id()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.getElement().setAttribute("aria-label", getTranslation("circles.directory.openCircle", c.name()));
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        CardGrid<CircleDirectory.Summary> found = new CardGrid<>(grid, c -> Card.linkingTo(c.name(), CircleView.class, c.id())
                .about(topicsOf(c, topics, getLocale())).fact(languageAndZone(c)).fact(getTranslation("circles.directory.openSeatsFact", seats(c))).fact(status(c.status())));
        found.setEmptyStateText(getTranslation("circles.directory.empty"));
        circles = new CallbackDataProvider<CircleDirectory.Summary, CircleDirectory.Filter>(
                query -> directory.search(query.getFilter().orElse(CircleDirectory.Filter.none()), query.getOffset(),
                        query.getLimit()).stream(),
                query -> directory.count(query.getFilter().orElse(CircleDirectory.Filter.none()))).withConfigurableFilter();
        found.setItems(circles);
        grid.addItemDoubleClickListener(click -> open(click.getItem().id()));
        refresh();

        add(heading, new H3(getTranslation("circles.directory.mine")), myCards, new H3(getTranslation("circles.directory.find")), text, moreFilters, found);
        setFlexGrow(1, found);
        setHeightFull();
    }

    private void refresh() {
        circles.setFilter(new CircleDirectory.Filter(text.getValue(), topic.getValue(), network.getValue(), language.getValue(),
                timeZone.getValue(), openSeats.getValue(), role.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("circles.directory.pageTitle");
    }

    private String status(CircleStatus status) {
        return CircleWords.status(getLocale(), status);
    }

    private String me(CircleDirectory.MyCircle m) {
        return m.status() == CircleMembership.Status.REQUESTED ? getTranslation("circles.directory.askedToJoin." + m.role().name())
                : CircleWords.role(getLocale(), m.role());
    }

    private String next(Times times, CircleDirectory.MyCircle m) {
        return m.nextMeeting() == null ? "" : getTranslation("circles.directory.meeting", m.nextMeeting().number(),
                CircleFormat.when(times, m.nextMeeting().scheduledAt(), m.circle().timeZone()));
    }

    private static String topicsOf(CircleDirectory.Summary c, Topics topics, java.util.Locale reader) {
        return c.topics().stream().map(id -> topics.name(id, reader)).collect(Collectors.joining(", "));
    }

    private String languageAndZone(CircleDirectory.Summary c) {
        return CircleWords.language(getLocale(), c.language()) + " · " + c.timeZone();
    }

    private String seats(CircleDirectory.Summary c) {
        return getTranslation(c.advisors() < Circles.RECOMMENDED_ADVISORS ? "circles.directory.seatsAdvisorWanted"
                : "circles.directory.seats", c.openSeats(), c.maxSize());
    }

    private void open(long circleId) {
        getUI().ifPresent(ui -> ui.navigate(CircleView.class, circleId));
    }
}
