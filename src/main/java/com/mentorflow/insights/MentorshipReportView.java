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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** A mentorship for its program managers: meetings, modules and check-in ratings, and ending it with a reason. */
@Route("insights/mentorships")
@RolesAllowed({Roles.PROGRAM_MANAGER_ROLE, Roles.ADMIN_ROLE})
public class MentorshipReportView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

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
            add(new H2(getTranslation("insights.report.notFound.title")),
                    new Paragraph(getTranslation("insights.report.notFound.text", String.valueOf(mentorshipId))));
            return;
        }
        H2 title = new H2(getTranslation("insights.report.title", report.pair().menteeName(), report.pair().mentorName()));
        title.setId("mentorship-title");
        add(title, new Paragraph(getTranslation("insights.report.facts", getTranslation(report.pair().program().textKey()),
                report.pair().lengthMonths(), getTranslation("insights.report.status." + report.pair().status().name()),
                times.dateTime(report.startedAt()))));
        Grid<MentorshipReport.Meeting> meetings = new Grid<>();
        meetings.setId("mentorship-meetings");
        meetings.setAllRowsVisible(true);
        meetings.addColumn(MentorshipReport.Meeting::number)
                .setHeader(getTranslation("insights.report.column.number")).setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(m -> m.scheduledAt() == null ? getTranslation("insights.report.notPlanned") : times.dateTime(m.scheduledAt()))
                .setHeader(getTranslation("insights.report.column.planned")).setAutoWidth(true);
        meetings.addColumn(m -> getTranslation(m.held() == null ? "insights.report.notLogged" : m.held() ? "insights.report.held"
                : "insights.report.missed")).setHeader(getTranslation("insights.report.column.held")).setAutoWidth(true);
        meetings.addColumn(m -> m.topics() == null ? "" : m.topics())
                .setHeader(getTranslation("insights.report.column.topics")).setFlexGrow(1);
        meetings.setItems(report.meetings());
        meetings.setEmptyStateText(getTranslation("insights.report.noMeetings"));
        add(new H3(getTranslation("insights.report.meetings")), meetings, new Paragraph(getTranslation("insights.report.privateNotes")));
        add(new H3(getTranslation("insights.report.modules")), new Paragraph(report.modulesDone().isEmpty()
                ? getTranslation("insights.report.noneYet") : report.modulesDone().stream()
                .map(n -> getTranslation("insights.report.module", n)).collect(Collectors.joining(", "))));
        add(new H3(getTranslation("insights.report.checkIns")), new Paragraph(report.checkIns().isEmpty()
                ? getTranslation("insights.report.noneYet") : report.checkIns().stream()
                .map(c -> getTranslation("insights.report.checkIn", c.month(), c.who(), c.rating()))
                .collect(Collectors.joining(" · "))));
        if (report.pair().status() == Mentorship.Status.ACTIVE) {
            TextArea reason = new TextArea(getTranslation("insights.report.endReason"));
            reason.setId("mentorship-end-reason");
            reason.setWidthFull();
            reason.setMaxLength(1000);
            Paragraph error = Refusals.errorText("mentorship-end-error");
            Button end = new Button(getTranslation("insights.report.end"), click -> Refusals.attempt(error, () -> {
                journey.endEarly(CurrentUser.username(), mentorshipId, reason.getValue());
                setParameter(event, mentorshipId);
            }));
            end.setId("mentorship-end");
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(reason, error, end);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.report.pageTitle");
    }
}
