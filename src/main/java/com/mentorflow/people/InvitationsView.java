package com.mentorflow.people;

import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For installs without single sign-on: admins invite directory people who have no account to set a password,
 * one by one or everyone at once (in the background, with progress).
 */
@Route("admin/invitations")
@PageTitle("Invitations · Mentorflow")
@Menu(title = "Invitations", order = 81, icon = "vaadin:envelope-open-o")
@RolesAllowed(Roles.ADMIN_ROLE)
public class InvitationsView extends VerticalLayout {

    private final Times times;
    private static final ExecutorService JOBS = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulk-invitations");
        thread.setDaemon(true);
        return thread;
    });

    private final Invitations invitations;
    private final Grid<Invitations.Invitee> people = new Grid<>();
    private final Button inviteAll = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final TextField filter = new TextField();
    private final SecurityContext security = SecurityContextHolder.getContext();
    private UI ui;

    public InvitationsView(Invitations invitations, TimeZones zones) {
        this.times = zones.forCurrentReader();
        this.invitations = invitations;
        setMaxWidth("72rem");
        inviteAll.setId("invite-all");
        inviteAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inviteAll.addClickListener(click -> inviteEveryone());
        progress.setVisible(false);
        status.setId("invitation-status");
        people.setId("invitees");
        people.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        people.addColumn(Invitations.Invitee::fullName).setHeader("Name").setAutoWidth(true);
        people.addColumn(Invitations.Invitee::email).setHeader("E-mail").setAutoWidth(true);
        people.addColumn(Invitations.Invitee::site).setHeader("Site").setAutoWidth(true);
        people.addColumn(this::state).setHeader("Invitation").setAutoWidth(true);
        // A template, not a component per row: a component column re-rendered with equal items kept showing buttons
        // whose server side was gone, so clicks did nothing (InvitationBrowserTest caught it). Also lighter for 10,000 rows.
        people.addColumn(LitRenderer.<Invitations.Invitee>of("<vaadin-button theme=\"small\" id=\"invite-${item.id}\" "
                        + "@click=\"${invite}\">${item.label}</vaadin-button>")
                .withProperty("id", Invitations.Invitee::employeeId)
                .withProperty("label", person -> person.invitedAt() == null ? "Invite" : "Send again")
                .withFunction("invite", this::invite)).setHeader("").setWidth("9rem").setFlexGrow(0);
        people.setEmptyStateText("No one to invite here: everyone in the directory has an account, or no one matches.");
        filter.setId("invitee-filter");
        filter.setPlaceholder("Find by name or e-mail");
        filter.setClearButtonVisible(true);
        filter.setWidth("min(100%, 24rem)");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh());
        add(new H2("Invitations"), new Paragraph("People in the directory without an account. An invitation mails a "
                + "link that works once, for a limited time, to choose a password; using it creates the account. "
                + "Sending again makes the earlier link stop working."), inviteAll, progress, status, filter, people);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
    }

    private void invite(Invitations.Invitee person) {
        if (Refusals.attemptOrNotify(() -> invitations.invite(person.employeeId()))) {
            Notification.show("Invitation mailed to " + person.email() + ".");
        }
        refresh();
    }

    private String state(Invitations.Invitee person) {
        if (person.invitedAt() == null) {
            return "Not invited";
        }
        return person.open() ? "Invited " + times.date(person.invitedAt()) + ", link works until " + times.dateTime(person.expiresAt())
                : "Invited " + times.date(person.invitedAt()) + ", link used up or expired";
    }

    private void refresh() {
        List<Invitations.Invitee> invitees = invitations.withoutAccount();
        String wanted = filter.getValue().strip().toLowerCase(Locale.ROOT);
        people.setItems(invitees.stream().filter(person -> wanted.isEmpty()
                || person.fullName().toLowerCase(Locale.ROOT).contains(wanted)
                || person.email().toLowerCase(Locale.ROOT).contains(wanted)).toList());
        long toInvite = invitees.stream().filter(person -> !person.open()).count();
        inviteAll.setText("Invite everyone without an account or a working link (" + toInvite + ")");
        inviteAll.setEnabled(toInvite > 0);
    }

    private void inviteEveryone() {
        inviteAll.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        status.setText("Inviting …");
        JOBS.submit(() -> {
            SecurityContextHolder.setContext(security);
            try {
                Invitations.BulkReport report = invitations.inviteEveryoneWithoutAccount((done, total) -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    status.setText(done + " of " + total + " invited …");
                }));
                ui.access(() -> {
                    progress.setVisible(false);
                    status.setText(report.invited() + " of " + report.total() + " invited. Their mails are in the outbox.");
                    refresh();
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    progress.setVisible(false);
                    status.setText("Inviting stopped: " + e.getMessage() + " The invitations mailed so far stand.");
                    refresh();
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }
}
