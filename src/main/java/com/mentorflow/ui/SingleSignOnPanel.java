package com.mentorflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Map;

/**
 * The login page with single sign-on: the password form (unless local login is switched off), then
 * "Sign in with …", which starts the provider's sign-in (a plain link: Spring Security answers it, not Vaadin's router).
 */
class SingleSignOnPanel extends Div implements BeforeEnterObserver {

    private final SingleSignOnSettings settings;
    private final Paragraph note = new Paragraph();

    SingleSignOnPanel(SingleSignOnSettings settings, LoginForm passwords) {
        this.settings = settings;
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("gap", "var(--lumo-space-m)");
        if (settings.localLogin()) {
            add(passwords);
        }
        Button start = new Button(getTranslation("ui.sso.start", settings.providerName()));
        start.addThemeVariants(settings.localLogin() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
        Anchor link = new Anchor(SingleSignOnSettings.START_PATH, start);
        link.setRouterIgnore(true);
        link.setId("sso-sign-in");
        note.setId("sso-note");
        note.setVisible(false);
        note.getStyle().set("max-width", "22em").set("text-align", "center");
        add(link, note);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("sso-failed")) {
            show(getTranslation("ui.sso.failed", settings.providerName()));
        } else if (query.containsKey("error") && !settings.localLogin()) {
            show(getTranslation("ui.sso.passwordsOff", settings.providerName()));
        } else if (query.containsKey("deactivated") && !settings.localLogin()) {
            // With the password form hidden, its error box cannot say it.
            show(getTranslation(LoginView.DEACTIVATED));
        } else if (query.containsKey("logout")) {
            show(getTranslation("ui.sso.signedOut"));
        }
    }

    private void show(String sentence) {
        note.setText(sentence);
        note.setVisible(true);
    }
}
