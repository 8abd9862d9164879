package com.mentorflow.matching;

import com.mentorflow.people.ProfileService;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.mentorflow.ui.Card;
import com.mentorflow.ui.CardGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** "My requests": mentorships, requests sent and received, each with its timeline and what happens next. */
@Route("requests")
@Menu(title = "My requests", order = 6, icon = "vaadin:handshake")
@RolesAllowed(Roles.PARTICIPANT_ROLE)
public class MyRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final MatchRequests requests;
    private final MyMatchRequests myRequests;
    private final MatchRequestTimeline timelines;
    private final Times times;
    private final String username;
    private final Div mentorships = new Div();
    private final CardGrid<MyMatchRequests.RequestSummary> received = list("requests-received", false);
    private final CardGrid<MyMatchRequests.RequestSummary> sent = list("requests-sent", true);
    private final H3 receivedHeading = new H3(getTranslation("matching.requests.received"));
    private final H3 sentHeading = new H3(getTranslation("matching.requests.sent"));
    private final ProfileService.Sides sides;

    public MyRequestsView(MatchRequests requests, MyMatchRequests mine, MatchRequestTimeline timelines, ReaderZones zones,
                          ProfileService profiles) {
        this.requests = requests;
        this.myRequests = mine;
        this.timelines = timelines;
        this.times = zones.forCurrentReader();
        this.username = CurrentUser.username();
        this.sides = profiles.sidesOf(username);
        setMaxWidth("72rem");
        mentorships.setId("my-mentorships");
        sent.grid().addComponentColumn(this::withdrawButton).setAutoWidth(true).setFlexGrow(0);
        received.setEmptyStateText(getTranslation("matching.requests.receivedEmpty"));
        sent.setEmptyStateText(getTranslation("matching.requests.sentEmpty"));
        add(new H2(getTranslation("matching.requests.title")), new H3(getTranslation("matching.requests.mentorships")), mentorships, receivedHeading, received, sentHeading, sent);
        refresh();
    }

    /** A grid on a wide screen; on a phone a card per request, which shows its timeline when tapped. */
    private CardGrid<MyMatchRequests.RequestSummary> list(String id, boolean sentByMe) {
        String partnerHeader = getTranslation(sentByMe ? "matching.requests.column.to" : "matching.requests.column.from");
        Grid<MyMatchRequests.RequestSummary> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(MyMatchRequests.RequestSummary::partner).setHeader(partnerHeader).setAutoWidth(true);
        grid.addColumn(request -> getTranslation(request.program().textKey())).setHeader(getTranslation("matching.requests.column.program")).setAutoWidth(true);
        grid.addColumn(request -> status(request.status())).setHeader(getTranslation("matching.requests.column.status")).setAutoWidth(true);
        grid.addColumn(request -> request.next(getLocale())).setHeader(getTranslation("matching.requests.column.next")).setFlexGrow(1);
        grid.addColumn(request -> times.dateTime(request.sentAt())).setHeader(getTranslation("matching.requests.column.sentAt")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(request -> timeline(timelines.of(request.id()))));
        return new CardGrid<>(grid, request -> {
            Card card = Card.showing(getTranslation(sentByMe ? "matching.requests.card.to" : "matching.requests.card.from",
                            request.partner()), timeline(timelines.of(request.id())))
                    .about(getTranslation(request.program().textKey()) + " · " + status(request.status()))
                    .fact(request.next(getLocale())).fact(getTranslation("matching.requests.card.sentAt", times.dateTime(request.sentAt())));
            return sentByMe && request.open() ? card.actions(withdrawButton(request)) : card;
        });
    }

    private Button withdrawButton(MyMatchRequests.RequestSummary request) {
        Button withdraw = new Button(getTranslation("matching.requests.withdraw"), click -> withdraw(request));
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.getElement().setAttribute("aria-label", getTranslation("matching.requests.withdrawTo", request.partner()));
        withdraw.setVisible(request.open());
        return withdraw;
    }

    private UnorderedList timeline(List<Map<String, Object>> events) {
        UnorderedList list = new UnorderedList();
        for (Map<String, Object> event : events) {
            list.add(new ListItem(times.dateTime(((java.sql.Timestamp) event.get("at")).toInstant()) + " — " + event.get("detail")));
        }
        return list;
    }

    private void refresh() {
        mentorships.removeAll();
        List<MyMatchRequests.MentorshipSummary> mine = myRequests.mentorshipsOf(username);
        if (mine.isEmpty()) {
            mentorships.add(new Paragraph(getTranslation("matching.requests.noMentorship")));
        }
        for (MyMatchRequests.MentorshipSummary mentorship : mine) {
            Paragraph line = new Paragraph(getTranslation("matching.requests.mentorship." + mentorship.status().name(),
                    mentorship.partner(), getTranslation(mentorship.program().textKey()), times.dateTime(mentorship.since()),
                    getTranslation(mentorship.iAmMentee() ? "matching.requests.yourMentor" : "matching.requests.yourMentee")));
            line.addClassName("mentorship");
            mentorships.add(line);
        }
        List<MyMatchRequests.RequestSummary> receivedRequests = myRequests.receivedBy(username);
        List<MyMatchRequests.RequestSummary> sentRequests = myRequests.sentBy(username);
        received.setItems(receivedRequests);
        sent.setItems(sentRequests);
        // A list is for the side of mentoring the person takes; one they left stays while it holds requests.
        showSection(receivedHeading, received, sides.mentor() || !receivedRequests.isEmpty());
        showSection(sentHeading, sent, sides.mentee() || !sentRequests.isEmpty());
    }

    private static void showSection(H3 heading, CardGrid<?> list, boolean shown) {
        heading.setVisible(shown);
        list.setVisible(shown);
    }

    private void withdraw(MyMatchRequests.RequestSummary request) {
        if (Refusals.attemptOrNotify(() -> requests.withdraw(username, request.id()))) {
            Notification.show(getTranslation("matching.requests.withdrawn", request.partner()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        refresh();
    }

    private String status(MatchRequest.Status status) {
        return getTranslation("matching.status." + status.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.requests.pageTitle");
    }
}
