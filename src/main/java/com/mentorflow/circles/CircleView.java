package com.mentorflow.circles;

import com.mentorflow.people.Topics;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.mentorflow.ui.Card;
import com.mentorflow.ui.CardGrid;
import com.mentorflow.ui.NameAvatar;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One circle: who is in it, its next and past meetings ({@link CircleMeetingList}), and what the signed-in person may do
 * ({@link CircleActions}: ask to join, leave, cancel). Summaries and meeting links are for the circle's people only;
 * ended circles are read-only.
 */
@Route("circle")
@RolesAllowed({Roles.PARTICIPANT_ROLE, Roles.PROGRAM_MANAGER_ROLE})
public class CircleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CircleMemberships memberships;
    private final JoinRequests joinRequests;
    private final CircleManagement management;
    private final CircleDirectory directory;
    private final Topics topics;
    private final CirclePlan plan;
    private final Times times;
    private final String username = CurrentUser.username();
    private long circleId;
    private String title;

    public CircleView(CircleMemberships memberships, JoinRequests joinRequests, CircleManagement management,
                      CircleDirectory directory, Topics topics, CirclePlan plan, ReaderZones zones) {
        this.times = zones.forCurrentReader();
        this.memberships = memberships;
        this.joinRequests = joinRequests;
        this.management = management;
        this.directory = directory;
        this.topics = topics;
        this.plan = plan;
        setMaxWidth("64rem");
        addClassName("circle-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        circleId = parameter == null ? -1 : parameter;
        render();
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("circles.circle.defaultPageTitle") : title;
    }

    private void render() {
        removeAll();
        CircleDirectory.Summary circle;
        try {
            circle = directory.summary(circleId);
        } catch (RejectedInputException e) {
            add(new H2(getTranslation("circles.circle.missing.title")), new Paragraph(getTranslation("circles.circle.missing.text")),
                    new Anchor("circles", getTranslation("circles.circle.missing.back")));
            return;
        }
        title = getTranslation("circles.circle.pageTitle", circle.name());
        Optional<CircleMembership> mine = memberships.currentMembership(circleId, username);
        boolean inCircle = mine.filter(m -> m.getStatus() == CircleMembership.Status.APPROVED).isPresent();
        List<CircleDirectory.Member> members = directory.members(circleId);
        boolean manager = members.stream().anyMatch(m -> m.manager() && inCircle && m.accountId() == mine.get().getAccountId());

        H2 heading = new H2(circle.name());
        heading.setId("circle-title");
        Span status = new Span(CircleWords.status(getLocale(), circle.status()));
        status.getElement().getThemeList().add("badge" + (circle.status().isOpen() ? "" : " contrast"));
        status.setId("circle-status");
        HorizontalLayout title = new HorizontalLayout(heading, status);
        // a long name wraps; the badge stays the size of its word beside or under it
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        title.setWrap(true);
        add(title);
        if (!circle.status().isOpen()) {
            add(new Paragraph(getTranslation("circles.circle.archived." + circle.status().name())));
        }
        add(new Paragraph(circle.description()));
        List<CircleDirectory.Meeting> meetings = directory.meetings(circleId, inCircle, getLocale());
        add(facts(circle, meetings));
        add(new H3(getTranslation("circles.circle.people", circle.people(), circle.maxSize())), people(members));
        if (circle.status().isOpen()) {
            add(new CircleActions(circle, mine, inCircle, manager, new CircleActions.Commands(
                    (role, note) -> joinRequests.requestToJoin(username, circleId, role, note),
                    () -> memberships.leave(username, circleId),
                    reason -> management.cancel(username, circleId, reason)), this::render));
        }
        add(new CircleMeetingList(circle, meetings, inCircle, times));
    }

    private CardGrid<CircleDirectory.Member> people(List<CircleDirectory.Member> members) {
        Grid<CircleDirectory.Member> grid = new Grid<>();
        grid.setId("circle-members");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(CircleView::named).setHeader(getTranslation("circles.circle.column.name")).setFlexGrow(1);
        grid.addColumn(this::role).setHeader(getTranslation("circles.circle.column.role")).setAutoWidth(true);
        grid.addColumn(m -> CircleFormat.day(times, m.since())).setHeader(getTranslation("circles.circle.column.since")).setAutoWidth(true);
        CardGrid<CircleDirectory.Member> people = new CardGrid<>(grid, m -> {
            Card card = Card.of(m.name()).about(role(m)).fact(getTranslation("circles.circle.since", CircleFormat.day(times, m.since())));
            card.addComponentAsFirst(avatar(m));
            return card;
        });
        people.setItems(members);
        return people;
    }

    /** The name beside its initials; the avatar is hidden from screen readers, which read the name already. */
    private static HorizontalLayout named(CircleDirectory.Member member) {
        HorizontalLayout named = new HorizontalLayout(avatar(member), new Span(member.name()));
        named.setAlignItems(FlexComponent.Alignment.CENTER);
        named.setSpacing(true);
        return named;
    }

    private static Avatar avatar(CircleDirectory.Member member) {
        Avatar avatar = NameAvatar.of(member.name());
        avatar.addClassName("circle-member-avatar");
        return avatar;
    }

    private String role(CircleDirectory.Member member) {
        String role = CircleWords.role(getLocale(), member.role());
        return member.manager() ? getTranslation("circles.circle.roleManager", role) : role;
    }

    private Div facts(CircleDirectory.Summary circle, List<CircleDirectory.Meeting> meetings) {
        Div facts = new Div();
        facts.setId("circle-facts");
        String topicNames = circle.topics().stream().map(id -> topics.name(id, getLocale())).collect(Collectors.joining(", "));
        facts.add(new Paragraph(circle.network() == null ? getTranslation("circles.circle.topics", topicNames)
                : getTranslation("circles.circle.topicsAndNetwork", topicNames, circle.network())));
        facts.add(new Paragraph(getTranslation("circles.circle.meets", CircleWords.language(getLocale(), circle.language()),
                getTranslation("circles.meetingMode." + circle.meetingMode().name()), circle.timeZone(),
                circle.manager() == null ? getTranslation("circles.circle.noManager") : circle.manager())));
        String term = CircleTermText.of(circle, meetings, plan, times);
        if (!term.isEmpty()) {
            Paragraph line = new Paragraph(term);
            line.setId("circle-term");
            facts.add(line);
        }
        return facts;
    }
}
