package com.mentorflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a single sign-on ends for someone Mentorflow does not know: the provider vouched for them, but they are not in
 * the company directory Mentorflow uses (and self sign-up is off). No account was made.
 */
@Route(value = "sign-in-refused", autoLayout = false)
@PageTitle("Not signed in · Mentorflow")
@AnonymousAllowed
public class SignInRefusedView extends Main {

    public SignInRefusedView() {
        addClassName("login-view");
        Div card = new Div();
        card.setId("sign-in-refused");
        card.getStyle().set("max-width", "32em").set("padding", "var(--lumo-space-l)")
                .set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-s)");
        card.add(new H1("We could not sign you in"),
                new Paragraph("Your company sign-in worked, but Mentorflow does not know you yet: you are not in the "
                        + "company directory it uses. If you should be, ask your HR team or your Mentorflow administrator "
                        + "to add you, then sign in again."),
                new Anchor("login", "Back to the sign-in page"));
        add(card);
    }
}
