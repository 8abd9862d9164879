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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Invitations", order = 81, icon = "vaadin:envelope-open-o")
@RolesAllowed(Roles.ADMIN_ROLE)
public class InvitationsView extends VerticalLayout implements HasDynamicTitle {

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
        people.addColumn(Invitations.Invitee::fullName).setHeader(getTranslation("people.invitations.column.name")).setAutoWidth(true);
        people.addColumn(Invitations.Invitee::email).setHeader(getTranslation("people.invitations.column.email")).setAutoWidth(true);
        people.addColumn(Invitations.Invitee::site).setHeader(getTranslation("people.invitations.column.site")).setAutoWidth(true);
        people.addColumn(this::state).setHeader(getTranslation("people.invitations.column.invitation")).setAutoWidth(true);
        // A template, not a component per row: a component column re-rendered with equal items kept showing buttons
        // whose server side was gone, so clicks did nothing (InvitationBrowserTest caught it). Also lighter for 10,000 rows.
        people.addColumn(LitRenderer.<Invitations.Invitee>of("<vaadin-button theme=\"small\" id=\"invite-${item.id}\" "
                        + "@click=\"${invite}\">${item.label}</vaadin-button>")
                .withProperty("id", Invitations.Invitee::employeeId)
                .withProperty("label", person -> getTranslation(person.invitedAt() == null ? "people.invitations.invite" : "people.invitations.sendAgain"))
                .withFunction("invite", this::invite)).setHeader("").setWidth("9rem").setFlexGrow(0);
        people.setEmptyStateText(getTranslation("people.invitations.empty"));
        filter.setId("invitee-filter");
        filter.setPlaceholder(getTranslation("people.invitations.filter"));
        filter.setClearButtonVisible(true);
        filter.setWidth("min(100%, 24rem)");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh());
        add(new H2(getTranslation("people.invitations.title")), new Paragraph(getTranslation("people.invitations.intro")),
                inviteAll, progress, status, filter, people);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.invitations.pageTitle");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
    }

    private void invite(Invitations.Invitee person) {
        if (Refusals.attemptOrNotify(() -> invitations.invite(person.employeeId()))) {
            Notification.show(getTranslation("people.invitations.mailed", person.email()));
        }
        refresh();
    }

    private String state(Invitations.Invitee person) {
        if (person.invitedAt() == null) {
            return getTranslation("people.invitations.notInvited");
        }
        return person.open() ? getTranslation("people.invitations.open", times.date(person.invitedAt()), times.dateTime(person.expiresAt()))
                : getTranslation("people.invitations.usedUp", times.date(person.invitedAt()));
    }

    private void refresh() {
        List<Invitations.Invitee> invitees = invitations.withoutAccount();
        String wanted = filter.getValue().strip().toLowerCase(Locale.ROOT);
        people.setItems(invitees.stream().filter(person -> wanted.isEmpty()
                || person.fullName().toLowerCase(Locale.ROOT).contains(wanted)
                || person.email().toLowerCase(Locale.ROOT).contains(wanted)).toList());
        long toInvite = invitees.stream().filter(person -> !person.open()).count();
        inviteAll.setText(getTranslation("people.invitations.inviteAll", toInvite));
        inviteAll.setEnabled(toInvite > 0);
    }

    private void inviteEveryone() {
        inviteAll.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        status.setText(getTranslation("people.invitations.inviting"));
        JOBS.submit(() -> {
            SecurityContextHolder.setContext(security);
            try {
                Invitations.BulkReport report = invitations.inviteEveryoneWithoutAccount((done, total) -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    status.setText(getTranslation("people.invitations.progress", done, total));
                }));
                ui.access(() -> {
                    progress.setVisible(false);
                    status.setText(getTranslation("people.invitations.done", report.invited(), report.total()));
                    refresh();
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    progress.setVisible(false);
                    status.setText(getTranslation("people.invitations.stopped", e.getMessage()));
                    refresh();
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }
}
