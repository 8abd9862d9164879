package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.PersonStatus;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 14 §6: no route shows a raw exception to a deactivated or unknown person. Every Vaadin route, taken from
 * Vaadin's route registry (so a new view is visited without touching this test), with a sample parameter where it
 * takes one, plus an address that is no route, visited (a) by a participant deactivated while signed in, (b) by an
 * anonymous visitor and (c) by an ordinary participant, who meets pages of other roles and pages that refuse them.
 */
@MentorflowTest
@Tag("browser")
class EveryRouteBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    private static final Pattern RAW = Pattern.compile("[A-Z][A-Za-z]+(Exception|Error)\\b|Could not navigate|\\bat [a-z]+\\.[a-z]+\\."
            + "|Internal Server Error|\\b500\\b|Whitelabel Error Page|Stack ?trace|java\\.", Pattern.CASE_INSENSITIVE);

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired PersonStatus status;

    /** What a deactivated person reads on the login page (an English browser). */
    private static final String DEACTIVATED = com.mentorflow.platform.Texts.text(null, LoginView.DEACTIVATED);

    @Test
    void aParticipantDeactivatedWhileSignedInMeetsTheLoginSentenceEverywhere() throws Exception {
        Account person = TestPeople.participant(accounts, "every-route-leaver");
        try (Browser browser = browsers.open()) {
            browser.signIn(person.getUsername(), TestPeople.PASSWORD);
            status.deactivateAccount(person.getId(), "test-admin");
            // The open page's next server round-trip (a menu click) ends the session; the page reloads to the login.
            browser.click(By.cssSelector("vaadin-side-nav-item[path='profile']"));
            browser.waiting(java.time.Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("/login") && browser.text().contains(DEACTIVATED));
            browser.screenshot("target/deactivated-signed-out-1366.png");
            List<String> visited = new ArrayList<>();
            for (String path : paths()) {
                browser.open(path);
                assertNoRawError(browser, path);
                if (!publicPaths().contains(path)) {
                    assertThat(browser.driver().getCurrentUrl()).as(path).contains("/login");
                }
                visited.add(path);
            }
            assertThat(visited).hasSizeGreaterThan(20);
        }
        // Signing in again stays on the login page, saying why. (Not with signIn, which waits 20 s to leave /login.)
        try (Browser again = browsers.open()) {
            again.open("/login");
            again.waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(person.getUsername());
            again.driver().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(TestPeople.PASSWORD);
            again.driver().findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
            // The form posts and the browser loads the login page again: elements go stale meanwhile.
            again.waiting(java.time.Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.getCurrentUrl().contains("deactivated") && again.text().contains(DEACTIVATED));
            again.screenshots("login-deactivated");
        }
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageEverywhere() throws Exception {
        try (Browser browser = browsers.open()) {
            for (String path : paths()) {
                browser.open(path);
                assertNoRawError(browser, path);
                if (!publicPaths().contains(path)) {
                    assertThat(browser.driver().getCurrentUrl()).as(path).contains("/login");
                }
            }
        }
    }

    @Test
    void anOrdinaryParticipantMeetsSentencesNotExceptions() throws Exception {
        Account person = TestPeople.participant(accounts, "every-route-participant");
        try (Browser browser = browsers.open()) {
            browser.signIn(person.getUsername(), TestPeople.PASSWORD);
            for (String path : paths()) {
                browser.open(path);
                assertNoRawError(browser, path);
                assertThat(browser.driver().findElements(By.id("unexpected-error"))).as(path + " failed unexpectedly").isEmpty();
                if (path.equals("/mentors")) {
                    browser.screenshot("target/find-a-mentor-refused-1366.png");
                }
                if (path.equals("/admin/people")) {
                    browser.screenshot("target/access-denied-1366.png");
                }
                if (path.equals("/no/such/page") || path.equals("/tasks/1") || path.equals("/circle/not-a-number")) {
                    browser.screenshot("target/problem" + path.replace('/', '-') + "-1366.png");
                }
            }
        }
    }

    /** Pages meant for people who are not signed in (the login page, single sign-on's refusal): they stay put. */
    private List<String> publicPaths() {
        List<String> paths = new ArrayList<>();
        for (RouteData route : ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext()))
                .getRegisteredRoutes()) {
            if (route.getNavigationTarget().isAnnotationPresent(com.vaadin.flow.server.auth.AnonymousAllowed.class)) {
                paths.add("/" + route.getTemplate());
            }
        }
        return paths;
    }

    /** Every registered route with sample parameters, and one address that is none. */
    private List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (RouteData route : ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext()))
                .getRegisteredRoutes()) {
            String template = route.getTemplate();
            paths.add("/" + template.replaceAll(":[^/]+", "1"));
            if (!template.equals(template.replaceAll(":[^/]+", ""))) {
                paths.add("/" + template.replaceAll(":[^/]+", "not-a-number"));
            }
        }
        paths.add("/no/such/page");
        assertThat(paths).as("parameterised routes are visited with samples").contains("/circle/1", "/tasks/1");
        return paths;
    }

    private static void assertNoRawError(Browser browser, String path) {
        String text = browser.text();
        assertThat(RAW.matcher(text).find()).as("%s shows: %s", path, text).isFalse();
    }
}
