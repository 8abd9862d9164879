package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One circle: who is in it, its next and past meetings, and what the signed-in person may do (ask to join,
 * leave, cancel). Summaries and meeting links are for the circle's people only; ended circles are read-only.
 */
@Route("circle")
@RolesAllowed({Roles.PARTICIPANT_ROLE, Roles.PROGRAM_MANAGER_ROLE})
public class CircleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CircleMemberships memberships;
    private final JoinRequests joinRequests;
    private final CircleManagement management;
    private final CircleDirectory directory;
    private final Topics topics;
    private final Times times;
    private final String username = CurrentUser.username();
    private long circleId;
    private String title = "Circle · Mentorflow";

    public CircleView(CircleMemberships memberships, JoinRequests joinRequests, CircleManagement management,
                      CircleDirectory directory, Topics topics, ReaderZones zones) {
        this.times = zones.forCurrentReader();
        this.memberships = memberships;
        this.joinRequests = joinRequests;
        this.management = management;
        this.directory = directory;
        this.topics = topics;
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
        return title;
    }

    private void render() {
        removeAll();
        CircleDirectory.Summary circle;
        try {
            circle = directory.summary(circleId);
        } catch (RejectedInputException e) {
            add(new H2("No such circle"), new Paragraph("This circle does not exist. The circle directory lists all circles."),
                    new Anchor("circles", "Back to circles"));
            return;
        }
        title = circle.name() + " · Mentorflow";
        Optional<CircleMembership> mine = memberships.currentMembership(circleId, username);
        boolean inCircle = mine.filter(m -> m.getStatus() == CircleMembership.Status.APPROVED).isPresent();
        List<CircleDirectory.Member> members = directory.members(circleId);
        boolean manager = members.stream().anyMatch(m -> m.manager() && inCircle && m.accountId() == mine.get().getAccountId());

        H2 heading = new H2(circle.name());
        heading.setId("circle-title");
        Span status = new Span(circle.status().label());
        status.getElement().getThemeList().add("badge" + (circle.status().isOpen() ? "" : " contrast"));
        status.setId("circle-status");
        add(new HorizontalLayout(heading, status));
        if (!circle.status().isOpen()) {
            add(new Paragraph("This circle has " + circle.status().label().toLowerCase() + "; its page is kept as a read-only archive."));
        }
        add(new Paragraph(circle.description()));
        add(facts(circle));

        H3 people = new H3("People (" + circle.people() + " of " + circle.maxSize() + ")");
        Grid<CircleDirectory.Member> grid = new Grid<>();
        grid.setId("circle-members");
        grid.setAllRowsVisible(true);
        grid.addColumn(CircleDirectory.Member::name).setHeader("Name").setFlexGrow(1);
        grid.addColumn(m -> m.role().label() + (m.manager() ? ", circle manager" : "")).setHeader("Role").setAutoWidth(true);
        grid.addColumn(m -> CircleFormat.day(times, m.since())).setHeader("Since").setAutoWidth(true);
        grid.setItems(members);
        add(people, grid);

        if (circle.status().isOpen()) {
            add(actions(circle, mine, inCircle, manager));
        }
        add(meetings(circle, inCircle));
    }

    private Div facts(CircleDirectory.Summary circle) {
        Div facts = new Div();
        facts.setId("circle-facts");
        facts.add(new Paragraph("Topics: " + circle.topics().stream().map(topics::name).collect(Collectors.joining(", "))
                + (circle.network() == null ? "" : " · Network: " + circle.network())));
        facts.add(new Paragraph("Meets in " + Circles.LANGUAGES.getOrDefault(circle.language(), circle.language()) + ", "
                + circle.meetingMode().label().toLowerCase() + ", planned in " + circle.timeZone() + " · Circle manager: "
                + (circle.manager() == null ? "none" : circle.manager())));
        if (circle.term() > 0) {
            facts.add(new Paragraph("Term " + circle.term() + (circle.termEndsAt() == null ? ""
                    : ", six monthly meetings until " + CircleFormat.when(times, circle.termEndsAt(), circle.timeZone()))
                    + (circle.term() >= CirclePlan.TERMS_BEFORE_APPROVAL ? " · after twelve months disbanding is recommended" : "")));
        }
        return facts;
    }

    private VerticalLayout actions(CircleDirectory.Summary circle, Optional<CircleMembership> mine, boolean inCircle,
                                   boolean manager) {
        VerticalLayout actions = new VerticalLayout();
        actions.setPadding(false);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setId("circle-error");
        error.setVisible(false);
        if (mine.isEmpty() && CurrentUser.hasRole(Roles.PARTICIPANT)) {
            RadioButtonGroup<Role> role = new RadioButtonGroup<>("Join as");
            role.setId("join-role");
            role.setItems(Role.values());
            role.setItemLabelGenerator(r -> r == Role.MEMBER ? "Member" : "Advisor (1–2 levels above the members)");
            role.setValue(Role.MEMBER);
            TextArea note = new TextArea("A note to the circle manager (optional)");
            note.setId("join-note");
            note.setMaxLength(1000);
            note.setWidthFull();
            Button join = new Button("Ask to join", click -> attempt(error, () -> {
                joinRequests.requestToJoin(username, circleId, role.getValue(), note.getValue());
                toast("Asked. The circle manager decides; you get an e-mail either way.");
            }));
            join.setId("join-circle");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.setEnabled(circle.openSeats() > 0);
            actions.add(new H3("Join this circle"), circle.openSeats() > 0 ? new Paragraph(circle.openSeats() + " seats open.")
                    : new Paragraph("This circle is full."), role, note, join);
        } else if (mine.isPresent() && !inCircle) {
            actions.add(new Paragraph("You asked to join as " + mine.get().getRole().label().toLowerCase()
                    + "; the circle manager decides."));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (inCircle) {
            Button leave = new Button("Leave circle", click -> confirmLeave(error, manager));
            leave.setId("leave-circle");
            leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(leave);
        }
        if (manager || CurrentUser.hasRole(Roles.PROGRAM_MANAGER)) {
            Button cancel = new Button("Cancel circle…", click -> confirmCancel());
            cancel.setId("cancel-circle");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            if (manager) {
                actions.add(new Paragraph("You manage this circle: join requests, publishing and meetings are in My tasks."));
            }
            buttons.add(cancel);
        }
        actions.add(error, buttons);
        return actions;
    }

    private VerticalLayout meetings(CircleDirectory.Summary circle, boolean inCircle) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("circle-meetings");
        List<CircleDirectory.Meeting> meetings = directory.meetings(circleId, inCircle);
        section.add(new H3("Meetings"));
        if (meetings.isEmpty()) {
            section.add(new Paragraph(circle.term() == 0 ? "Meetings start when the circle is published."
                    : "The first meeting is being planned."));
        }
        for (CircleDirectory.Meeting meeting : meetings) {
            String what = "Meeting " + meeting.number() + " · " + meeting.kind().label() + ": " + meeting.topic();
            Paragraph line = new Paragraph(meeting.heldAt() == null
                    ? what + " · " + CircleFormat.when(times, meeting.scheduledAt(), circle.timeZone())
                    + (meeting.link() == null ? "" : " · " + meeting.link())
                    : what + " · held, " + meeting.attended() + " came"
                    + (meeting.summary() == null ? "" : " — " + meeting.summary()));
            line.addClassName(meeting.heldAt() == null ? "meeting-next" : "meeting-past");
            section.add(line);
        }
        if (!inCircle && !meetings.isEmpty()) {
            section.add(new Paragraph("Summaries and meeting links are for the circle's people only."));
        }
        return section;
    }

    private void confirmLeave(Paragraph error, boolean manager) {
        ConfirmDialog dialog = new ConfirmDialog("Leave this circle?", manager
                ? "You manage it: an advisor, or else the longest-standing member, takes over."
                : "You can ask to join again later while it takes people.", "Leave",
                confirm -> attempt(error, () -> {
                    memberships.leave(username, circleId);
                    toast("You have left the circle.");
                }));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void confirmCancel() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Cancel this circle?");
        TextArea reason = new TextArea("Reason (everyone in the circle is told)");
        reason.setId("cancel-reason");
        reason.setWidth("28rem");
        reason.setMaxLength(1000);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        Button confirm = new Button("Cancel circle", click -> attempt(error, () -> {
            management.cancel(username, circleId, reason.getValue());
            dialog.close();
            toast("The circle is cancelled and everyone is told.");
        }));
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button("Keep it", click -> dialog.close());
        dialog.add(new Paragraph("Open tasks end and the circle is archived. This cannot be undone."), reason, error);
        dialog.getFooter().add(keep, confirm);
        dialog.open();
        reason.focus();
    }

    private void attempt(Paragraph error, Runnable command) {
        try {
            command.run();
            render();
        } catch (RejectedInputException e) {
            error.setText(String.join(" ", e.problems().values()));
            error.setVisible(true);
        } catch (NotPermittedException | ConflictException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }

    private static void toast(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
