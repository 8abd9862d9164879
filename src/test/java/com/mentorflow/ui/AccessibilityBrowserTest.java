package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.Program;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 16 §3 "Everyone can use it": axe-core (WCAG 2 A/AA) finds no serious or critical violation on any view a
 * mentee, a mentor, a program manager or an admin can open, nor on the login page, a task form or the page for an
 * address that is no route. The views come from Vaadin's route registry and their security annotations, so a new
 * view is scanned without touching this test. Every page is scanned before the test fails, so one run lists all.
 */
@MentorflowTest
@Tag("browser")
class AccessibilityBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired WebApplicationContext context;
    @Autowired TestMentorships mentorships;
    @Autowired TestCircles circles;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repository;

    @Test
    void theLoginPageAndTheRefusalPassTheScan() throws Exception {
        try (Browser browser = browsers.open()) {
            List<String> problems = new ArrayList<>();
            for (String path : List.of("/login", "/login?error", "/sign-in-refused")) {
                scan(browser, path, problems);
            }
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void theScanFailsOnAPageWithKnownViolations() throws Exception {
        try (Browser browser = browsers.open()) {
            browser.open("/login");
            browser.script("const p = document.createElement('p'); p.textContent = 'pale words';"
                    + "p.style.color = '#c8c8c8'; p.style.background = '#ffffff'; document.body.appendChild(p);"
                    + "const img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';"
                    + "document.body.appendChild(img);"
                    + "const h4 = document.createElement('h4'); h4.textContent = 'skipped'; document.body.appendChild(h4);");
            assertThatThrownBy(browser::assertAccessible).hasMessageContaining("color-contrast (serious)")
                    .hasMessageContaining("image-alt (critical)").hasMessageContaining("heading-order (serious) [h4 skipped]");
        }
    }

    @Test
    void everyViewOfAMenteeAndTheirMentorPassesTheScan() throws Exception {
        TestMentorships.Matched pair = mentorships.matched("a11y", Program.OPEN);
        Account circleManager = circles.regular("a11y-circle", 5);
        long circle = circles.propose(circleManager, "Accessible circle " + System.nanoTime() % 10000, 8);
        List<String> problems = new ArrayList<>();
        for (Account person : List.of(pair.mentee(), pair.mentor())) {
            try (Browser browser = browsers.open()) {
                browser.signIn(person.getUsername(), TestPeople.PASSWORD);
                for (String path : paths(Roles.PARTICIPANT, circle, pair.mentorshipId(), firstTask(person.getUsername()))) {
                    scanSignedIn(browser, path, problems);
                }
                if (person == pair.mentee()) {
                    // The request dialog of Find a mentor.
                    browser.navigate("/mentors");
                    browser.click(browser.waitFor(By.cssSelector(".suggestion-ask")));
                    browser.waitFor(By.id("request-note"));
                    problems.addAll(browser.accessibilityViolations().stream().map(v -> "/mentors (ask dialog): " + v).toList());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyViewOfAProgramManagerPassesTheScan() throws Exception {
        Account circleManager = circles.regular("a11y-pm-circle", 5);
        long circle = circles.propose(circleManager, "Accessible circle " + System.nanoTime() % 10000, 8);
        signInAndScan("priya", Roles.PROGRAM_MANAGER, circle, mentorships.matched("a11y-pm", Program.OPEN).mentorshipId());
    }

    @Test
    void everyViewOfAnAdminPassesTheScan() throws Exception {
        signInAndScan("admin", Roles.ADMIN, 1L, mentorships.matched("a11y-admin", Program.OPEN).mentorshipId());
    }

    private void signInAndScan(String username, Roles role, long circle, long mentorship) throws Exception {
        try (Browser browser = browsers.open()) {
            browser.signIn(username, "mentorflow-demo");
            List<String> problems = new ArrayList<>();
            for (String path : paths(role, circle, mentorship, firstTask(username))) {
                scanSignedIn(browser, path, problems);
            }
            assertThat(problems).isEmpty();
        }
    }

    private static void scan(Browser browser, String path, List<String> problems) {
        browser.open(path);
        problems.addAll(browser.accessibilityViolations().stream().map(v -> path + ": " + v).toList());
    }

    /**
     * A signed-in person's pages, each reached as a link in the app reaches it (the scan looks at what the view shows;
     * Vaadin sets the page's title on every navigation, so a view without one still fails document-title).
     */
    private static void scanSignedIn(Browser browser, String path, List<String> problems) {
        browser.navigate(path);
        problems.addAll(browser.accessibilityViolations().stream().map(v -> path + ": " + v).toList());
    }

    private String firstTask(String username) {
        return taskService.createTaskQuery().taskAssignee(username).orderByTaskCreateTime().asc().list().stream()
                .map(Task::getId).findFirst().orElse(null);
    }

    /** Every route the role may open, parameters filled with things that exist, and an address that is no route. */
    private List<String> paths(Roles role, long circle, long mentorship, String task) {
        String definition = repository.createProcessDefinitionQuery().latestVersion().list().get(0).getId();
        List<String> paths = new ArrayList<>();
        for (RouteData route : ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext()))
                .getRegisteredRoutes()) {
            Class<?> view = route.getNavigationTarget();
            RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
            boolean mayOpen = view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class)
                    || allowed != null && Arrays.asList(allowed.value()).contains(role.name());
            String template = route.getTemplate();
            if (!mayOpen || template.startsWith("tasks") && task == null) {
                continue;
            }
            paths.add("/" + template.replaceAll("^circle/:[^/]+", "circle/" + circle)
                    .replaceAll("^tasks/:[^/]+", "tasks/" + task)
                    .replaceAll("^insights/mentorships/:[^/]+", "insights/mentorships/" + mentorship)
                    .replaceAll(":[^/]+", definition));
        }
        paths.add("/no/such/page");
        return paths;
    }
}
