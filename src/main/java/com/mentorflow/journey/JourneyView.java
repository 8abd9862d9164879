package com.mentorflow.journey;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.mentorflow.tasks.TaskForms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** "My mentorship": the year as a timeline for the mentee and the mentor alike. */
@Route("journey")
@PageTitle("My mentorship · Mentorflow")
@Menu(title = "My mentorship", order = 4, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.PARTICIPANT_ROLE)
public class JourneyView extends VerticalLayout {

    private final JourneyTimeline timeline;
    private final JourneyService journey;
    private final MentorshipGoals goals;
    private final Times times;
    private final String username = CurrentUser.username();

    public JourneyView(JourneyTimeline timeline, JourneyService journey, MentorshipGoals goals, ReaderZones zones) {
        this.timeline = timeline;
        this.times = zones.forCurrentReader();
        this.journey = journey;
        this.goals = goals;
        setMaxWidth("60rem");
        show();
    }

    private void show() {
        removeAll();
        add(new H2("My mentorship"));
        var years = timeline.of(username, times.locale());
        if (years.isEmpty()) {
            add(new Paragraph("No active mentorship. Find a mentor shows who fits you; once a mentor accepts, your year appears here."));
        }
        for (JourneyTimeline.Year year : years) {
            Div section = new Div();
            section.addClassName("journey-year");
            section.add(new H3("Your year with " + year.partner() + " (" + year.role() + ", " + year.program().label() + ")"),
                    new Paragraph("Next meeting: " + year.nextMeeting()),
                    new Paragraph("Action items from the last meeting: " + year.lastActionItems()));
            if (year.partnerMilitary() != null) {
                Paragraph service = new Paragraph("Military background of " + year.partner() + ": " + year.partnerMilitary());
                service.addClassName("journey-partner-military");
                section.add(service);
            }
            UnorderedList items = new UnorderedList();
            items.addClassName("journey-timeline");
            for (JourneyTimeline.Item item : year.items()) {
                Span state = new Span(switch (item.state()) {
                    case DONE -> "Done";
                    case DUE_NOW -> "Due now";
                    case UPCOMING -> times.date(item.when());
                });
                state.getElement().getThemeList().add(item.state() == JourneyTimeline.State.DONE ? "badge success"
                        : item.state() == JourneyTimeline.State.DUE_NOW ? "badge" : "badge contrast");
                ListItem entry = new ListItem(state, new Span(" " + item.what()));
                if (!item.detail().isBlank()) {
                    Paragraph detail = new Paragraph(item.detail());
                    detail.addClassName("journey-detail");
                    entry.add(detail);
                }
                items.add(entry);
            }
            section.add(goals(year));
            Button end = new Button("End this mentorship…", click -> confirmEnd(year));
            end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            section.add(items, end);
            add(section);
        }
    }

    /** Shared goals: either side adds them and ticks them off. */
    private Div goals(JourneyTimeline.Year year) {
        Div box = new Div(new H3("Our goals"));
        box.addClassName("journey-goals");
        for (MentorshipGoals.Goal goal : goals.of(username, year.mentorshipId())) {
            Checkbox check = new Checkbox(goal.text(), goal.done());
            check.addValueChangeListener(change -> goals.tick(username, goal.id(), change.getValue()));
            box.add(new Div(check));
        }
        TextField next = new TextField();
        next.setPlaceholder("A goal you both want to reach");
        next.setId("goal-text");
        Paragraph error = TaskForms.errorText();
        Button add = new Button("Add goal", click -> {
            if (TaskForms.attempt(error, () -> goals.add(username, year.mentorshipId(), next.getValue()))) {
                show();
            }
        });
        add.setId("goal-add");
        box.add(new HorizontalLayout(next, add), error);
        return box;
    }

    private void confirmEnd(JourneyTimeline.Year year) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("End your mentorship with " + year.partner() + "?");
        TextArea reason = new TextArea("Why (your partner reads this)");
        reason.setWidth("28rem");
        Paragraph error = TaskForms.errorText();
        Button confirm = new Button("End mentorship", click -> {
            if (TaskForms.attempt(error, () -> journey.endEarly(username, year.mentorshipId(), reason.getValue()))) {
                dialog.close();
                show();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason, error);
        dialog.getFooter().add(new Button("Keep it", click -> dialog.close()), confirm);
        dialog.open();
    }
}
