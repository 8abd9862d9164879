package com.mentorflow.journey;

import com.mentorflow.people.ProfileAnswers;
import com.mentorflow.people.ProfileService;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Texts;
import com.mentorflow.platform.Times;
import com.mentorflow.ui.NameAvatar;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** "My mentorship": the year as a timeline for the mentee and the mentor alike, and the years they completed. */
@Route("journey")
@Menu(title = "My mentorship", order = 4, icon = "vaadin:calendar-user")
@RolesAllowed(Roles.PARTICIPANT_ROLE)
public class JourneyView extends VerticalLayout implements HasDynamicTitle {

    private final JourneyTimeline timeline;
    private final FinishedYears finishedYears;
    private final JourneyService journey;
    private final MentorshipGoals goals;
    private final ProfileService profiles;
    private final Times times;
    private final String username = CurrentUser.username();

    public JourneyView(JourneyTimeline timeline, FinishedYears finishedYears, JourneyService journey, MentorshipGoals goals,
                       ProfileService profiles, ReaderZones zones) {
        this.timeline = timeline;
        this.finishedYears = finishedYears;
        this.times = zones.forCurrentReader();
        this.journey = journey;
        this.goals = goals;
        this.profiles = profiles;
        setMaxWidth("60rem");
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.view.pageTitle");
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("journey.view.title")));
        List<JourneyTimeline.Year> years = timeline.of(username, times.locale());
        List<FinishedYears.FinishedYear> finished = finishedYears.of(username);
        if (years.isEmpty()) {
            Paragraph none = new Paragraph(nothingYet(profiles.current(username), times.locale()));
            none.setId("journey-empty");
            add(none);
        }
        years.forEach(year -> add(year(year)));
        finished.forEach(year -> add(new FinishedYearPanel(year, times)));
    }

    /** What comes next differs by side: a mentee looks for a mentor, a mentor waits to be asked. */
    static String nothingYet(ProfileAnswers profile, Locale reader) {
        String none = Texts.text(reader, "journey.view.empty.none");
        String mentee = Texts.text(reader, "journey.view.empty.mentee");
        String mentor = Texts.text(reader, "journey.view.empty.mentor");
        if (profile.wantsMentee() && profile.wantsMentor()) {
            return none + " " + mentee + " " + mentor;
        }
        if (profile.wantsMentor()) {
            return none + " " + mentor;
        }
        if (profile.wantsMentee()) {
            return none + " " + mentee;
        }
        return none + " " + Texts.text(reader, "journey.view.empty.neither");
    }

    private Div year(JourneyTimeline.Year year) {
        Div section = new Div();
        section.addClassName("journey-year");
        section.add(heading(year), new YearProgress(year.items(), times.locale()),
                new Paragraph(getTranslation("journey.view.nextMeeting", year.nextMeeting())),
                new Paragraph(getTranslation("journey.view.actionItems", year.lastActionItems())));
        if (year.partnerMilitary() != null) {
            Paragraph service = new Paragraph(getTranslation("journey.view.partnerMilitary", year.partner(), year.partnerMilitary()));
            service.addClassName("journey-partner-military");
            section.add(service);
        }
        if (!year.stages().isEmpty()) {
            section.add(new MentorStagesList(year.stages()));
        }
        section.add(new GoalsPanel(goals, username, year.mentorshipId(), this::show));
        Button end = new Button(getTranslation("journey.view.end"), click -> confirmEnd(year));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        section.add(new TimelineList(year.items(), times), end);
        return section;
    }

    /**
     * The partner's face beside the heading: initials, as profiles hold no picture. The heading names them already,
     * so the avatar is hidden from screen readers and out of the tab order.
     */
    private Div heading(JourneyTimeline.Year year) {
        Avatar partner = NameAvatar.of(year.partner());
        partner.setColorIndex(Math.floorMod(year.partner().hashCode(), 7));
        partner.addClassName("journey-partner-avatar");
        H3 title = new H3(getTranslation("journey.view.heading", year.partner(), year.role(), getTranslation(year.program().textKey())));
        title.getStyle().set("margin", "0");
        Div heading = new Div(partner, title);
        heading.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("margin-block-start", "var(--lumo-space-l)");
        return heading;
    }

    private void confirmEnd(JourneyTimeline.Year year) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("journey.view.endDialog.title", year.partner()));
        TextArea reason = new TextArea(getTranslation("journey.view.endDialog.reason"));
        reason.setWidth("min(28rem, 80vw)");
        Paragraph error = Refusals.errorText();
        Button confirm = new Button(getTranslation("journey.view.endDialog.confirm"), click -> {
            if (Refusals.attempt(error, () -> journey.endEarly(username, year.mentorshipId(), reason.getValue()))) {
                dialog.close();
                show();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason, error);
        dialog.getFooter().add(new Button(getTranslation("journey.view.endDialog.keep"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
