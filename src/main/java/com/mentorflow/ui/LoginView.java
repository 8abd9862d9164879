package com.mentorflow.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Spring Security's form login, in Vaadin's login component; posts to /login with the page's CSRF token (the
 * component reads it from the _csrf meta tags Vaadin puts on the page).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Mentorflow")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(SingleSignOnSettings singleSignOn) {
        addClassName("login-view");
        login.setAction("login");
        // A plain page (people module), reachable without signing in.
        login.addForgotPasswordListener(forgot -> forgot.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("forgot-password")));
        // Single sign-on, when configured: "Sign in with …" under the form, or alone with local login switched off.
        // The page's one h1, as in the app's frame (the form's own title is a level-2 heading).
        H1 title = new H1("Mentorflow");
        title.addClassName("app-title");
        add(title, singleSignOn.configured() ? new SingleSignOnPanel(singleSignOn, login) : login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        // Issue 14 §6: a deactivated person's sign-in (password or single sign-on) or open session ends here.
        if (query.containsKey("deactivated") || signedOutDeactivated()) {
            showError("Account deactivated", DEACTIVATED);
            return;
        }
        if (query.containsKey("expired")) {
            showError("Please sign in again", "The sign-in page had been open too long. Enter your username and password again.");
        } else if (query.containsKey("error")) {
            // Spring Security keeps the reason in the session. Sign-ins paused after repeated wrong passwords come as
            // a LockedException whose message says when to try again.
            Object reason = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (reason instanceof LockedException paused) {
                showError("Sign-in paused", paused.getMessage());
            } else {
                showError(null, null);
            }
        }
    }

    static final String DEACTIVATED = "Your Mentorflow account has been deactivated. If you think this is a mistake, "
            + "contact your program team.";

    /** Set by the platform's DeactivatedSessionFilter on the session that replaced the person's ended one. */
    private static boolean signedOutDeactivated() {
        var session = VaadinSession.getCurrent().getSession();
        boolean flagged = Boolean.TRUE.equals(session.getAttribute("mentorflow.signed-out-deactivated"));
        session.removeAttribute("mentorflow.signed-out-deactivated");
        return flagged;
    }

    /** Null keeps the component's own words ("Incorrect username or password"). */
    private void showError(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        if (title != null) {
            i18n.getErrorMessage().setTitle(title);
            i18n.getErrorMessage().setMessage(message);
        }
        login.setI18n(i18n);
        login.setError(true);
    }
}
