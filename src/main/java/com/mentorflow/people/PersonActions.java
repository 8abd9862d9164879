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
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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
        facts.setText(chosen.status().label() + (chosen.username() == null ? ", no account" : ", username " + chosen.username())
                + (chosen.employeeId() == null ? "" : ", employee id " + chosen.employeeId()) + ". Signs in with: "
                + chosen.signIn().stream().map(PeopleSearch.SignIn::label).collect(java.util.stream.Collectors.joining(", "))
                + ". Last sign-in: "
                + (chosen.lastSignInAt() == null ? "never" : times.dateTime(chosen.lastSignInAt())) + ".");
        boolean deactivated = chosen.status() == PeopleSearch.Status.DEACTIVATED;
        if (chosen.accountId() != null && !deactivated) {
            for (Roles role : new Roles[] {Roles.PROGRAM_MANAGER, Roles.ADMIN}) {
                String label = PeopleAdmin.label(role).toLowerCase();
                if (chosen.roles().contains(role)) {
                    button("revoke-" + role.name().toLowerCase(), "Remove " + label + " role",
                            () -> admin.revoke(chosen.accountId(), role), "No longer " + label + ": " + chosen.name() + ".");
                } else {
                    button("grant-" + role.name().toLowerCase(), "Make " + label,
                            () -> admin.grant(chosen.accountId(), role), chosen.name() + " is now " + label + ".");
                }
            }
        }
        if (deactivated) {
            button("reactivate", "Reactivate", () -> chosen.employeeId() != null ? admin.reactivateEmployee(chosen.employeeId())
                    : admin.reactivateAccount(chosen.accountId()), chosen.name() + " is active again and can sign in.");
        } else {
            Button deactivate = new Button("Deactivate…", click -> confirmDeactivation(chosen));
            deactivate.setId("deactivate");
            deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(deactivate);
        }
        if (chosen.accountId() == null && !deactivated && chosen.employeeId() != null) {
            boolean again = chosen.status() == PeopleSearch.Status.INVITATION_PENDING;
            button("invite", again ? "Send invitation again" : "Send invitation", () -> {
                admin.invite(chosen.employeeId());
                return true;
            }, "Invitation mailed to " + chosen.email() + ".");
        }
    }

    private void confirmDeactivation(PeopleSearch.Person chosen) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Deactivate " + chosen.name() + "?");
        dialog.setWidth("min(32rem, 95vw)");
        dialog.add(new Paragraph("They cannot sign in any more, leave the mentor suggestions and circle member lists, their "
                + "open match requests are withdrawn, circles they manage go to another manager, and their mentorships "
                + "are listed on Needs attention for a program manager to decide. Reactivating restores sign-in."));
        Button confirm = new Button("Deactivate", click -> {
            dialog.close();
            run(() -> chosen.employeeId() != null ? admin.deactivateEmployee(chosen.employeeId())
                    : admin.deactivateAccount(chosen.accountId()), chosen.name() + " is deactivated.");
        });
        confirm.setId("confirm-deactivate");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> dialog.close());
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
        Optional<String> refusal = Refusals.run(() -> outcome = action.getAsBoolean() ? done
                : "Nothing to change: that was the case already.");
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
