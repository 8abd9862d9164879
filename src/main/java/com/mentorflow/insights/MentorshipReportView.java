package com.mentorflow.insights;

import com.mentorflow.journey.JourneyService;
import com.mentorflow.matching.Mentorship;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** A mentorship for its program managers: meetings, modules and check-in ratings, and ending it with a reason. */
@Route("insights/mentorships")
@PageTitle("Mentorship · Mentorflow")
@RolesAllowed({Roles.PROGRAM_MANAGER_ROLE, Roles.ADMIN_ROLE})
public class MentorshipReportView extends VerticalLayout implements HasUrlParameter<Long> {

    private final MentorshipReport reports;
    private final JourneyService journey;
    private final Times times;

    public MentorshipReportView(MentorshipReport reports, JourneyService journey, ReaderZones zones) {
        this.times = zones.forCurrentReader();
        this.reports = reports;
        this.journey = journey;
        setMaxWidth("64rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long mentorshipId) {
        removeAll();
        MentorshipReport.Report report;
        try {
            report = reports.of(mentorshipId);
        } catch (RuntimeException e) {
            add(new H2("No such mentorship"), new Paragraph("There is no mentorship " + mentorshipId + "."));
            return;
        }
        H2 title = new H2("Mentorship of " + report.pair().menteeName() + " with " + report.pair().mentorName());
        title.setId("mentorship-title");
        add(title, new Paragraph(report.pair().program().label() + " · " + report.pair().lengthMonths() + " months · "
                + report.pair().status().name().toLowerCase().replace('_', ' ') + " · started "
                + times.dateTime(report.startedAt())));
        Grid<MentorshipReport.Meeting> meetings = new Grid<>();
        meetings.setId("mentorship-meetings");
        meetings.setAllRowsVisible(true);
        meetings.addColumn(MentorshipReport.Meeting::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(m -> m.scheduledAt() == null ? "not planned" : times.dateTime(m.scheduledAt()))
                .setHeader("Planned for").setAutoWidth(true);
        meetings.addColumn(m -> m.held() == null ? "not logged" : m.held() ? "held" : "missed").setHeader("Held").setAutoWidth(true);
        meetings.addColumn(m -> m.topics() == null ? "" : m.topics()).setHeader("Topics").setFlexGrow(1);
        meetings.setItems(report.meetings());
        meetings.setEmptyStateText("No meeting planned or logged yet.");
        add(new H3("Meetings"), meetings, new Paragraph("Private notes stay with the pair."));
        add(new H3("Modules done"), new Paragraph(report.modulesDone().isEmpty() ? "None yet."
                : report.modulesDone().stream().map(n -> "Module " + n).collect(Collectors.joining(", "))));
        add(new H3("Check-ins"), new Paragraph(report.checkIns().isEmpty() ? "None yet." : report.checkIns().stream()
                .map(c -> "Month " + c.month() + ", " + c.who() + ": " + c.rating() + "/5").collect(Collectors.joining(" · "))));
        if (report.pair().status() == Mentorship.Status.ACTIVE) {
            TextArea reason = new TextArea("End this mentorship early: reason (both are told)");
            reason.setId("mentorship-end-reason");
            reason.setWidthFull();
            reason.setMaxLength(1000);
            Paragraph error = Refusals.errorText("mentorship-end-error");
            Button end = new Button("End mentorship", click -> Refusals.attempt(error, () -> {
                journey.endEarly(CurrentUser.username(), mentorshipId, reason.getValue());
                setParameter(event, mentorshipId);
            }));
            end.setId("mentorship-end");
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(reason, error, end);
        }
    }
}
