package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import com.mentorflow.matching.cohort.CohortChoice;
import com.mentorflow.matching.cohort.CohortRunStatus;
import com.mentorflow.matching.cohort.CohortRunView;
import com.mentorflow.matching.cohort.CohortRunView.ReviewPair;
import com.mentorflow.matching.cohort.CohortRuns;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.Roles;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A program manager matches a small cohort in the browser, reviews it (locks a pair, removes one, re-runs around the
 * lock), submits it, and the pairs are published: each mentee has a request to (or a mentorship with) their mentor.
 * With a second approval, another manager approves it on the same page.
 */
@MentorflowTest
@Tag("browser")
class CohortBrowserTest {

    /** The key of cohort-matching.bpmn, whose business key is the run's id. */
    private static final String COHORT_PROCESS = "cohort-matching";
    private static final Pattern RUN_PAGE = Pattern.compile("/cohorts/(\\d+)$");

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired AccountService accounts;
    @Autowired OnboardingService onboarding;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired CohortRuns runs;
    @Autowired MyMatchRequests requests;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @Test
    void aManagerMatchesReviewsAndPublishesACohort() throws Exception {
        Cohort cohort = cohort("cb", 4, 3);
        Account manager = TestPeople.create(accounts, "cohort-manager", Roles.PARTICIPANT, Roles.PROGRAM_MANAGER);
        try (Browser browser = browsers.open()) {
            browser.signIn(manager.getUsername(), TestPeople.PASSWORD);
            assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav")).getText()).contains("Cohorts");
            browser.open("/cohorts");
            browser.waitFor(By.id("cohort-form"));
            browser.screenshots("cohorts");
            browser.chooseInSelect("cohort-program", "Open mentoring");
            browser.chooseInComboBox("cohort-month", "March 2019");
            browser.chooseInComboBox("cohort-business-line", cohort.menteeLine());
            browser.chooseInComboBox("cohort-mentor-business-line", cohort.mentorLine());
            browser.click(By.id("cohort-match"));
            long runId = runOpened(browser);

            browser.waitFor(By.id("cohort-pairs"));
            assertThat(shown(browser, "cohort-status")).isEqualTo("In review");
            CohortRunView run = runs.get(manager.getUsername(), runId);
            assertThat(run.menteeCount()).as("the cohort is exactly the mentees chosen").isEqualTo(4);
            assertThat(run.pairs()).hasSize(4);
            String page = browser.text();
            run.pairs().forEach(pair -> assertThat(page).contains(pair.menteeName(), pair.mentorName()));
            browser.screenshots("cohort-review");
            browser.script("document.getElementById('cohort-pairs').scrollIntoView()");
            browser.screenshots("cohort-pairs");

            ReviewPair kept = run.pairs().get(0);
            ReviewPair dropped = run.pairs().get(1);
            browser.click(By.id("cohort-lock-" + kept.menteeAccountId()));
            browser.click(By.id("cohort-remove-" + dropped.menteeAccountId()));
            browser.waitFor(By.id("cohort-unmatched"));
            assertThat(shown(browser, "cohort-pairs-count")).isEqualTo("3 pairs");
            assertThat(runs.get(manager.getUsername(), runId).pairs()).filteredOn(ReviewPair::locked)
                    .extracting(ReviewPair::menteeAccountId).containsExactly(kept.menteeAccountId());

            browser.click(By.id("cohort-rerun"));
            waitUntilIdle(browser, "cohort-run-progress");
            CohortRunView rerun = runs.get(manager.getUsername(), runId);
            assertThat(rerun.pairs()).as("the locked pair stays").anyMatch(pair -> pair.menteeAccountId() == kept.menteeAccountId()
                    && pair.mentorAccountId() == kept.mentorAccountId() && pair.locked());
            assertThat(rerun.pairs()).as("the removed pair is not made again").noneMatch(pair ->
                    pair.menteeAccountId() == dropped.menteeAccountId() && pair.mentorAccountId() == dropped.mentorAccountId());

            browser.click(By.id("cohort-submit"));
            waitUntilIdle(browser, "cohort-run-progress");
            assertThat(shown(browser, "cohort-status")).isEqualTo("Publishing");
            assertThat(shown(browser, "cohort-status-hint")).contains("0 of " + rerun.pairs().size() + " so far");
            CohortRunView published = publishedOnceDone(manager, runId);
            assertEveryPairPublished(published, cohort);
            // The page follows publishing by itself (it polls while the run is publishing): no reload.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(driver -> driver.findElement(By.id("cohort-status")).getText().equals("Published"));
            assertThat(browser.driver().findElements(By.id("cohort-submit"))).allMatch(button -> !button.isDisplayed());
            browser.open("/cohorts");
            assertThat(browser.waitFor(By.id("cohort-runs")).getText()).contains("Published");
        }
    }

    @Test
    void withASecondApprovalAnotherManagerApprovesAndPublishes() throws Exception {
        Cohort cohort = cohort("cb2", 2, 2);
        Account first = TestPeople.create(accounts, "cohort-submitter", Roles.PARTICIPANT, Roles.PROGRAM_MANAGER);
        Account second = TestPeople.create(accounts, "cohort-approver", Roles.PARTICIPANT, Roles.PROGRAM_MANAGER);
        long runId = runs.compute(first.getUsername(), new CohortChoice(Program.OPEN, null, null, null, cohort.menteeLine(),
                null, null, cohort.mentorLine()), fraction -> { });
        try (Browser submitter = browsers.open(); Browser approver = browsers.open()) {
            submitter.signIn(first.getUsername(), TestPeople.PASSWORD);
            submitter.open("/cohorts/" + runId);
            submitter.click(By.id("cohort-second-approval"));
            submitter.click(By.id("cohort-submit"));
            waitUntilIdle(submitter, "cohort-run-progress");
            assertThat(shown(submitter, "cohort-status")).isEqualTo("Awaiting approval");
            assertThat(submitter.driver().findElements(By.id("cohort-approve"))).as("the submitter does not approve")
                    .allMatch(button -> !button.isDisplayed());

            approver.signIn(second.getUsername(), TestPeople.PASSWORD);
            approver.open("/cohorts/" + runId);
            approver.waitFor(By.cssSelector("#cohort-approval-note textarea")).sendKeys("Looks right to me.");
            approver.screenshots("cohort-approval");
            approver.click(By.id("cohort-approve"));
            waitUntilIdle(approver, "cohort-run-progress");
            CohortRunView published = publishedOnceDone(second, runId);
            assertThat(published.approver()).isEqualTo(second.getUsername());
            assertEveryPairPublished(published, cohort);
        }
    }

    /** Mentees in "Open mentoring" hired in March 2019 and mentors, each group in a business line of its own. */
    private record Cohort(String menteeLine, String mentorLine, List<Account> mentees, List<Account> mentors) {
    }

    private Cohort cohort(String prefix, int mentees, int mentors) {
        String run = prefix + "-" + System.nanoTime() % 1_000_000;
        Cohort cohort = new Cohort("Mentees " + run, "Mentors " + run, new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < mentees; i++) {
            cohort.mentees().add(person(prefix + "-mentee", "Mentee " + (char) ('A' + i) + " " + run, false, cohort.menteeLine()));
        }
        for (int i = 0; i < mentors; i++) {
            cohort.mentors().add(person(prefix + "-mentor", "Mentor " + (char) ('A' + i) + " " + run, true, cohort.mentorLine()));
        }
        return cohort;
    }

    /** The directory says where they work before the profile is complete, so the mentor pool reads it as it is. */
    private Account person(String prefix, String name, boolean mentor, String businessLine) {
        Account account = TestPeople.participant(accounts, prefix);
        jdbc.update("update mentorflow.employee set business_line = ?, site = 'Lisbon', country = 'PT', hire_date = ? "
                + "where employee_id = ?", businessLine, LocalDate.of(2019, 3, 4), account.getEmployeeId());
        String taskId = taskService.createTaskQuery().taskAssignee(account.getUsername()).singleResult().getId();
        onboarding.completeProfile(taskId, account.getUsername(), TestProfiles.person(mentor, !mentor).named(name)
                .capacity(mentor ? 2 : null).answers());
        return accounts.findById(account.getId()).orElseThrow();
    }

    /** The element's text once in view: the page scrolls inside the app layout, and Selenium reads only what is shown. */
    private static String shown(Browser browser, String id) {
        browser.script("const e = document.getElementById(arguments[0]); if (e) e.scrollIntoView({block: 'center'})", id);
        return browser.waitFor(By.id(id)).getText();
    }

    private static long runOpened(Browser browser) {
        String url = new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d ->
                RUN_PAGE.matcher(d.getCurrentUrl()).find() ? d.getCurrentUrl() : null);
        browser.settle();
        Matcher id = RUN_PAGE.matcher(url);
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Background work is over when its progress bar is hidden again. */
    private static void waitUntilIdle(Browser browser, String progressId) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            browser.settle();
            return d.findElements(By.id(progressId)).stream().noneMatch(bar -> bar.isDisplayed());
        });
    }

    /**
     * Publishing runs as the process's jobs, which the tests' engine leaves to the test (its job executor is off): runs
     * them one by one as the executor would, then reads the run.
     */
    private CohortRunView publishedOnceDone(Account manager, long runId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(COHORT_PROCESS)
                .processInstanceBusinessKey(Long.toString(runId)).singleResult().getId();
        for (int ran = 0; ran < 1000; ran++) {
            List<Job> next = management.createJobQuery().processInstanceId(instance).executable().listPage(0, 1);
            if (next.isEmpty()) {
                break;
            }
            management.executeJob(next.get(0).getId());
        }
        CohortRunView run = runs.get(manager.getUsername(), runId);
        assertThat(run.status()).isEqualTo(CohortRunStatus.PUBLISHED);
        return run;
    }

    /** Every pair became a request to the mentor, or a mentorship where the program starts one at once. */
    private void assertEveryPairPublished(CohortRunView run, Cohort cohort) {
        assertThat(run.pairs()).isNotEmpty();
        for (ReviewPair pair : run.pairs()) {
            String mentee = cohort.mentees().stream().filter(a -> a.getId() == pair.menteeAccountId()).findFirst()
                    .orElseThrow().getUsername();
            boolean requested = requests.sentBy(mentee).stream().anyMatch(request -> request.partner().equals(pair.mentorName()));
            boolean started = requests.mentorshipsOf(mentee).stream().anyMatch(m -> m.partner().equals(pair.mentorName()));
            assertThat(requested || started).as("%s and %s were published", pair.menteeName(), pair.mentorName()).isTrue();
        }
    }
}
