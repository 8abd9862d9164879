package com.mentorflow.people;

import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Times;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The actions for the person chosen on the People view; each refusal is a sentence under the buttons. */
class PersonActions extends VerticalLayout {

    private final PeopleAdmin admin;
    private final PeopleSearch search;
    private final Consumer<PeopleSearch.Person> changed;
    private final Times times;
    private final H3 name = new H3();
    private final Paragraph facts = new Paragraph();
    private final FlexLayout buttons = new FlexLayout();
    private final Paragraph problem = new Paragraph();
    private final Paragraph done = new Paragraph();
    private PeopleSearch.Person person;
    private String outcome;

    PersonActions(PeopleAdmin admin, PeopleSearch search, Times times, Consumer<PeopleSearch.Person> changed) {
        this.times = times;
        this.admin = admin;
        this.search = search;
        this.changed = changed;
        setId("person-actions");
        setPadding(false);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        problem.setId("person-problem");
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        done.setId("person-done");
        done.getElement().setAttribute("role", "status");
        add(name, facts, buttons, problem, done);
        show(null);
    }

    void show(PeopleSearch.Person chosen) {
        person = chosen;
        setVisible(chosen != null);
        problem.setText("");
        done.setText("");
        buttons.removeAll();
        if (chosen == null) {
            return;
        }
        name.setText(chosen.name());
        facts.setText(facts(chosen));
        boolean deactivated = chosen.status() == PeopleSearch.Status.DEACTIVATED;
        if (chosen.accountId() != null && !deactivated) {
            for (Roles role : new Roles[] {Roles.PROGRAM_MANAGER, Roles.ADMIN}) {
                if (chosen.roles().contains(role)) {
                    button("revoke-" + role.name().toLowerCase(), getTranslation("people.person.revoke." + role.name()),
                            () -> admin.revoke(chosen.accountId(), role),
                            getTranslation("people.person.revoked." + role.name(), chosen.name()));
                } else {
                    button("grant-" + role.name().toLowerCase(), getTranslation("people.person.grant." + role.name()),
                            () -> admin.grant(chosen.accountId(), role),
                            getTranslation("people.person.granted." + role.name(), chosen.name()));
                }
            }
        }
        if (deactivated) {
            button("reactivate", getTranslation("people.person.reactivate"), () -> chosen.employeeId() != null
                    ? admin.reactivateEmployee(chosen.employeeId()) : admin.reactivateAccount(chosen.accountId()),
                    getTranslation("people.person.reactivated", chosen.name()));
        } else {
            Button deactivate = new Button(getTranslation("people.person.deactivate"), click -> confirmDeactivation(chosen));
            deactivate.setId("deactivate");
            deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(deactivate);
        }
        if (chosen.accountId() == null && !deactivated && chosen.employeeId() != null) {
            boolean again = chosen.status() == PeopleSearch.Status.INVITATION_PENDING;
            button("invite", getTranslation(again ? "people.person.inviteAgain" : "people.person.invite"), () -> {
                admin.invite(chosen.employeeId());
                return true;
            }, getTranslation("people.invitations.mailed", chosen.email()));
        }
    }

    /** "Active, username bo, employee id E7. Signs in with: Password. Last sign-in: 10 Dec 2026, 17:00 CET." */
    private String facts(PeopleSearch.Person chosen) {
        List<String> who = new ArrayList<>();
        who.add(getTranslation("people.person.status." + chosen.status().name()));
        who.add(chosen.username() == null ? getTranslation("people.person.noAccount")
                : getTranslation("people.person.username", chosen.username()));
        if (chosen.employeeId() != null) {
            who.add(getTranslation("people.person.employeeId", chosen.employeeId()));
        }
        String ways = chosen.signIn().stream().map(way -> getTranslation("people.person.signIn." + way.name()))
                .collect(Collectors.joining(", "));
        return getTranslation("people.person.facts", String.join(", ", who), ways, chosen.lastSignInAt() == null
                ? getTranslation("people.person.neverSignedIn") : times.dateTime(chosen.lastSignInAt()));
    }

    private void confirmDeactivation(PeopleSearch.Person chosen) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("people.person.deactivate.title", chosen.name()));
        dialog.setWidth("min(32rem, 95vw)");
        dialog.add(new Paragraph(getTranslation("people.person.deactivate.text")));
        Button confirm = new Button(getTranslation("people.person.deactivate.confirm"), click -> {
            dialog.close();
            run(() -> chosen.employeeId() != null ? admin.deactivateEmployee(chosen.employeeId())
                    : admin.deactivateAccount(chosen.accountId()), getTranslation("people.person.deactivated", chosen.name()));
        });
        confirm.setId("confirm-deactivate");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("people.person.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        cancel.focus();
    }

    private void button(String id, String text, BooleanSupplier action, String done) {
        Button button = new Button(text, click -> run(action, done));
        button.setId(id);
        buttons.add(button);
    }

    private void run(BooleanSupplier action, String done) {
        String unchanged = getTranslation("people.person.unchanged");
        Optional<String> refusal = Refusals.run(() -> outcome = action.getAsBoolean() ? done : unchanged);
        if (refusal.isPresent()) {
            problem.setText(refusal.get());
            return;
        }
        PeopleSearch.Person now = search.again(person).orElse(null);
        changed.accept(now);
        show(now);
        // In the panel, not a notification: nothing covers the next button, and screen readers hear it (role=status).
        this.done.setText(outcome);
    }
}
