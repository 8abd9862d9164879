package com.mentorflow.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Spring Security's form login, in Vaadin's login component; posts to /login with the page's CSRF token (the
 * component reads it from the _csrf meta tags Vaadin puts on the page). In the browser's language: nobody is signed
 * in to have chosen one.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView(SingleSignOnSettings singleSignOn) {
        addClassName("login-view");
        login.setAction("login");
        login.setI18n(texts());
        // A plain page (people module), reachable without signing in.
        login.addForgotPasswordListener(forgot -> forgot.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("forgot-password")));
        // Single sign-on, when configured: "Sign in with …" under the form, or alone with local login switched off.
        // The page's one h1, as in the app's frame (the form's own title is a level-2 heading).
        H1 title = new H1("Mentorflow");
        title.addClassName("app-title");
        add(title, singleSignOn.configured() ? new SingleSignOnPanel(singleSignOn, login) : login);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.login.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        // Issue 14 §6: a deactivated person's sign-in (password or single sign-on) or open session ends here.
        if (query.containsKey("deactivated") || signedOutDeactivated()) {
            showError(getTranslation("ui.login.deactivated.title"), getTranslation(DEACTIVATED));
            return;
        }
        if (query.containsKey("expired")) {
            showError(getTranslation("ui.login.expired.title"), getTranslation("ui.login.expired.message"));
        } else if (query.containsKey("error")) {
            // Spring Security keeps the reason in the session. Sign-ins paused after repeated wrong passwords come as
            // a LockedException whose message says when to try again.
            Object reason = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (reason instanceof LockedException paused) {
                showError(getTranslation("ui.login.paused.title"), paused.getMessage());
            } else {
                showError(null, null);
            }
        }
    }

    /** The key of what a deactivated person reads, here or under single sign-on. */
    static final String DEACTIVATED = "ui.login.deactivated.message";

    /** Set by the platform's DeactivatedSessionFilter on the session that replaced the person's ended one. */
    private static boolean signedOutDeactivated() {
        var session = VaadinSession.getCurrent().getSession();
        boolean flagged = Boolean.TRUE.equals(session.getAttribute("mentorflow.signed-out-deactivated"));
        session.removeAttribute("mentorflow.signed-out-deactivated");
        return flagged;
    }

    /** A null title keeps the form's own words ("Incorrect username or password"). */
    private void showError(String title, String message) {
        LoginI18n i18n = texts();
        if (title != null) {
            i18n.getErrorMessage().setTitle(title);
            i18n.getErrorMessage().setMessage(message);
        }
        login.setI18n(i18n);
        login.setError(true);
    }

    /** Every word of Vaadin's login form. */
    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("ui.login.form.title"));
        i18n.getForm().setUsername(getTranslation("ui.login.form.username"));
        i18n.getForm().setPassword(getTranslation("ui.login.form.password"));
        i18n.getForm().setSubmit(getTranslation("ui.login.form.submit"));
        i18n.getForm().setForgotPassword(getTranslation("ui.login.form.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation("ui.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("ui.login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("ui.login.error.usernameRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("ui.login.error.passwordRequired"));
        return i18n;
    }
}
