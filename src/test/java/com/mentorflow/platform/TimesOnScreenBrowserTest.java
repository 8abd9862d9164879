package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.RawTimestamps;
import com.mentorflow.TestMeetings;
import com.mentorflow.TestPeople;
import com.mentorflow.tasks.InboxService;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.mentorflow.matching.cohort.CohortChoice;
import com.mentorflow.matching.cohort.CohortRuns;
import com.mentorflow.people.Program;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 14 §7: no screen shows a raw timestamp. Every route the app registers is opened by a mentee, a mentor, a
 * circle member, a program manager and an admin, after making data with times (a planned meeting, a request waiting
 * for review with its reminder, a circle with a planned meeting). A route with a parameter is opened with each value the person has (their tasks, the
 * circle, the mentorship); a new such route fails here until it is given values, so nothing is left out unseen.
 */
@MentorflowTest
@Tag("browser")
class TimesOnScreenBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired WebApplicationContext web;
    @Autowired TestMeetings meetings;
    @Autowired InboxService inbox;
    @Autowired RepositoryService repository;
    @Autowired CohortRuns cohortRuns;
    /** A cohort run of the demo new-hire program, in review: its page says when it was computed. */
    private long cohortRunId;

    @Test
    void noViewOfAnyRoleShowsARawTimestamp() throws Exception {
        TestMeetings.Planned planned = meetings.planned("screens");
        TestMeetings.CircleMeeting circle = meetings.circleMeeting("screens-circle");
        long circleId = circle.circleId();
        cohortRunId = cohortRuns.compute("priya", CohortChoice.of(Program.NEW_HIRE), progress -> { });
        List<String> routes = routes();
        assertThat(routes).contains("journey", "requests", "tasks/:", "admin/outbox");

        Map<String, List<String>> found = new LinkedHashMap<>();
        Map<String, String> pages = new LinkedHashMap<>();
        walk(planned.mentee().getUsername(), TestPeople.PASSWORD, routes, planned, circleId, found, pages);
        walk(planned.mentor().getUsername(), TestPeople.PASSWORD, routes, planned, circleId, found, pages);
        walk(circle.member().getUsername(), TestPeople.PASSWORD, routes, planned, circleId, found, pages);
        walk("priya", "mentorflow-demo", routes, planned, circleId, found, pages);
        walk("admin", "mentorflow-demo", routes, planned, circleId, found, pages);

        assertThat(found).as("raw timestamps, by person and page").isEmpty();
        // The walk saw the times it was meant to: each side's clock with the other's beside it, the review's deadline.
        assertThat(pages.get(planned.mentee().getUsername() + " /journey")).containsPattern("C[SD]T \\([^)]+ in Berlin\\)");
        assertThat(pages.get(planned.mentor().getUsername() + " /journey")).containsPattern("CES?T \\([^)]+ in Chicago\\)");
        assertThat(pages.get(circle.member().getUsername() + " /circle/" + circleId)).as("the Berlin member reads the meeting")
                .containsPattern("CES?T");
        assertThat(pages.entrySet()).as("the mentor's review form, with its deadline").anyMatch(page -> page.getKey()
                .startsWith(planned.mentor().getUsername() + " /tasks/") && page.getValue().contains(" if you do not answer"));
    }

    private void walk(String username, String password, List<String> routes, TestMeetings.Planned planned, long circleId,
                      Map<String, List<String>> found, Map<String, String> pages) throws Exception {
        try (Browser browser = browsers.open()) {
            browser.signIn(username, password);
            for (String route : routes) {
                for (String path : paths(route, username, planned, circleId)) {
                    browser.navigate("/" + path);
                    String text = browser.text();
                    pages.put(username + " /" + path, text);
                    List<String> raw = RawTimestamps.in(text);
                    if (!raw.isEmpty()) {
                        found.put(username + " /" + path, raw);
                    }
                    if (path.equals("journey") && username.equals(planned.mentee().getUsername())) {
                        browser.screenshots("times-journey");
                    }
                }
            }
        }
    }

    /** The addresses a route stands for: itself, or one per value of its parameter this person has. */
    private List<String> paths(String route, String username, TestMeetings.Planned planned, long circleId) {
        if (!route.endsWith("/:")) {
            return List.of(route);
        }
        String base = route.substring(0, route.length() - 2);
        List<String> values = switch (base) {
            case "tasks" -> inbox.page(username, 0, 8).stream().map(InboxTask::id).toList();
            case "circle" -> List.of(Long.toString(circleId));
            case "cohorts" -> List.of(Long.toString(cohortRunId));
            case "insights/mentorships" -> List.of(Long.toString(planned.mentorshipId()));
            case "admin/models/edit" -> List.of(repository.createProcessDefinitionQuery().processDefinitionKey("match-request")
                    .latestVersion().singleResult().getId());
            default -> throw new AssertionError("Route " + base + " takes a parameter: say here which values to open it with");
        };
        return values.stream().map(value -> base + "/" + value).toList();
    }

    /** Every route Vaadin knows, parameters shortened to "/:" (e.g. "tasks/:"), the login page left out. */
    private List<String> routes() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()));
        List<String> routes = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forRegistry(registry).getAvailableRoutes()) {
            String template = route.getTemplate();
            String path = template.contains(":") ? template.substring(0, template.indexOf(':')) + ":" : template;
            if (!path.equals("login")) {
                routes.add(path);
            }
        }
        return routes;
    }
}
