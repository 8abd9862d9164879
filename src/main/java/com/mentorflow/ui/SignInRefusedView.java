package com.mentorflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a single sign-on ends for someone Mentorflow does not know: the provider vouched for them, but they are not in
 * the company directory Mentorflow uses (and self sign-up is off). No account was made.
 */
@Route(value = "sign-in-refused", autoLayout = false)
@AnonymousAllowed
public class SignInRefusedView extends Main implements HasDynamicTitle {

    public SignInRefusedView() {
        addClassName("login-view");
        Div card = new Div();
        card.setId("sign-in-refused");
        card.getStyle().set("max-width", "32em").set("padding", "var(--lumo-space-l)")
                .set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-s)");
        card.add(new H1(getTranslation("ui.refused.title")), new Paragraph(getTranslation("ui.refused.text")),
                new Anchor("login", getTranslation("ui.refused.back")));
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.refused.pageTitle");
    }
}
