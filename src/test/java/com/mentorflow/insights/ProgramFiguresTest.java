package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import com.mentorflow.circles.CircleMembership;
import com.mentorflow.circles.Circles;
import com.mentorflow.journey.JourneyMeetings;
import com.mentorflow.matching.DeclineReason;
import com.mentorflow.matching.MatchRequestAnswers;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.MilitaryBackground;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.ProfileAnswers;
import com.mentorflow.people.Program;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The overview's figures against a small program seeded at its own site, so the shared test database's other
 * people do not count: exact numbers, and nothing private in them.
 */
@MentorflowTest
@WithMockUser(username = "figures-pm", roles = "PROGRAM_MANAGER")
class ProgramFiguresTest {

    @Autowired ProgramFigures figures;
    @Autowired AccountService accounts;
    @Autowired OnboardingService onboarding;
    @Autowired MatchRequests requests;
    @Autowired MatchRequestAnswers answers;
    @Autowired JourneyMeetings meetings;
    @Autowired Circles circles;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.mentorflow.TestClock clock;

    private String site;
    private long mentorshipId;

    /**
     * Three mentees and two mentors at one site, open mentoring: one request accepted (its first meeting held,
     * one check-in), one declined, one still open; one circle proposed by someone at the site.
     */
    @BeforeEach
    void seed() {
        site = "Figville " + System.nanoTime();
        Account mentee1 = person("fig-mentee", false, 4);
        Account mentee2 = person("fig-mentee", false, 4);
        Account mentee3 = person("fig-mentee", false, 4);
        Account mentor1 = person("fig-mentor", true, 6);
        Account mentor2 = person("fig-mentor", true, 6);

        long accepted = requests.send(mentee1.getUsername(), mentor1.getId(), Program.OPEN, "Hello, I would like your help this year.");
        answers.review(review(accepted).getId(), mentor1.getUsername(), true, null, null);
        long declined = requests.send(mentee2.getUsername(), mentor2.getId(), Program.OPEN, "Hello, I would like your help this year.");
        answers.review(review(declined).getId(), mentor2.getUsername(), false, DeclineReason.values()[0], "Sorry, not now.");
        requests.send(mentee3.getUsername(), mentor1.getId(), Program.OPEN, "Hello, I would like your help this year.");

        mentorshipId = jdbc.queryForObject("select id from mentorflow.mentorship where request_id = ?", Long.class, accepted);
        Task meeting = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(mentorshipId))
                .taskDefinitionKey("Task_Meeting").singleResult();
        meetings.logMeeting(meeting.getId(), mentee1.getUsername(), true, "Goals for the year", "SECRET-NOTE about a colleague",
                "Read the onboarding guide");
        jdbc.update("insert into mentorflow.check_in (mentorship_id, account_id, month, rating, helped, to_change, private_comment, "
                + "answered_at) values (?, ?, 6, 4, 'Regular meetings', 'More time', 'SECRET-COMMENT', ?)", mentorshipId,
                mentee1.getId(), java.sql.Timestamp.from(clock.instant()));

        Account manager = atSite(TestPeople.participant(accounts, "fig-circle"), 5);
        // Nobody takes part before their profile is complete: circles only, so no mentor or mentee figure moves.
        onboarding.completeProfile(taskService.createTaskQuery().taskAssignee(manager.getUsername()).singleResult().getId(),
                manager.getUsername(), com.mentorflow.people.ProfileAnswers.minimal("fig-circle", false, false, true,
                        "Europe/Berlin", true));
        circles.propose(manager.getUsername(), TestCircles.proposal("Figures circle", 6, CircleMembership.Role.MEMBER));
    }

    @Test
    void figuresCountExactlyWhatHappenedAtTheSite() {
        ProgramFigures.Overview overview = figures.overview(new ProgramFigures.Filter(null, null, null, site, null));
        Map<String, ProgramFigures.Figure> byKey = overview.figures().stream()
                .collect(Collectors.toMap(ProgramFigures.Figure::key, f -> f));

        assertThat(byKey.get("mentees").value()).isEqualTo("3");
        assertThat(byKey.get("mentors").value()).isEqualTo("2");
        assertThat(byKey.get("free-capacity").value()).as("capacity 2 each, one mentorship").isEqualTo("2");
        assertThat(byKey.get("open-requests").value()).isEqualTo("1");
        assertThat(byKey.get("acceptance-rate").value()).isEqualTo("50 %");
        assertThat(byKey.get("active-mentorships").value()).isEqualTo("1");
        assertThat(byKey.get("meetings").value()).isEqualTo("100 %");
        assertThat(byKey.get("meetings").explanation()).startsWith("1 held of 1 due");
        assertThat(byKey.get("check-in-rating").value()).isEqualTo("4.0");
        assertThat(byKey.get("check-in-rating").explanation()).startsWith("1 check-ins answered");
        assertThat(overview.circlesByStatus()).containsExactly(Map.entry("RECRUITING", 1L));
        assertThat(byKey.get("renewals").value()).isEqualTo("0 / 0");
        assertThat(byKey.get("circle-people").value()).as("the proposer").isEqualTo("1");
        assertThat(byKey.get("modules-completed").value()).as("open mentoring has no modules").isEqualTo("0");
        assertThat(overview.months()).hasSize(12);
        assertThat(overview.figures()).allSatisfy(f -> assertThat(f.trend()).hasSize(12));
        assertThat(byKey.get("active-mentorships").trend().get(11)).isEqualTo(1.0);
        assertThat(byKey.get("active-mentorships").trend().get(10)).as("nothing a month ago").isEqualTo(0.0);
    }

    @Test
    void filtersNarrowTheFigures() {
        ProgramFigures.Overview newHire = figures.overview(new ProgramFigures.Filter(Program.NEW_HIRE, null, null, site, null));
        Map<String, String> values = newHire.figures().stream()
                .collect(Collectors.toMap(ProgramFigures.Figure::key, ProgramFigures.Figure::value));
        assertThat(values).containsEntry("mentees", "0").containsEntry("active-mentorships", "0").containsEntry("open-requests", "0");
        assertThat(values).doesNotContainKey("circles-running");

        ProgramFigures.Overview circlesOnly = figures.overview(new ProgramFigures.Filter(Program.CIRCLES, null, null, site, null));
        assertThat(circlesOnly.figures()).extracting(ProgramFigures.Figure::key).containsExactly("circles-running", "circle-people", "renewals");

        ProgramFigures.Overview elsewhere = figures.overview(new ProgramFigures.Filter(null, null, null, site + " (not)", null));
        assertThat(elsewhere.figures().stream().filter(f -> f.key().equals("mentees")).findFirst().orElseThrow().value()).isEqualTo("0");
        assertThat(elsewhere.circlesByStatus()).isEmpty();

        java.time.YearMonth lastYear = java.time.YearMonth.now().minusYears(1);
        ProgramFigures.Overview oldCohort = figures.overview(new ProgramFigures.Filter(null, lastYear, null, site, null));
        assertThat(oldCohort.figures().stream().filter(f -> f.key().equals("active-mentorships")).findFirst().orElseThrow()
                .value()).isEqualTo("0");
    }

    @Test
    void everyFilterTogetherReadsTheSameFigures() {
        ProgramFigures.Overview narrow = figures.overview(new ProgramFigures.Filter(Program.OPEN, null, "US", site, "Cloud"));
        Map<String, String> values = narrow.figures().stream()
                .collect(Collectors.toMap(ProgramFigures.Figure::key, ProgramFigures.Figure::value));
        assertThat(values).containsEntry("mentees", "3").containsEntry("mentors", "2").containsEntry("active-mentorships", "1")
                .containsEntry("acceptance-rate", "50 %").containsEntry("open-requests", "1");
        assertThat(values.get("time-to-match")).as("accepted at once").isEqualTo("1 min");
        assertThat(java.time.Duration.between(clock.instant(), narrow.asOf()).abs()).as("recomputed on read in tests")
                .isLessThan(java.time.Duration.ofSeconds(1));

        ProgramFigures.Overview otherLine = figures.overview(new ProgramFigures.Filter(Program.OPEN, null, "US", site, "Retail"));
        assertThat(otherLine.figures().stream().filter(f -> f.key().equals("mentees")).findFirst().orElseThrow().value())
                .isEqualTo("0");
    }

    @Test
    void theCsvHasEveryFigureAndNothingPrivate() throws Exception {
        ProgramFigures.Overview overview = figures.overview(new ProgramFigures.Filter(null, null, null, site, null));
        StringWriter out = new StringWriter();
        int[] rows = {0};
        try (SafeCsv csv = new SafeCsv(out, java.time.ZoneId.of("Europe/Berlin"))) {
            figures.writeCsv(overview, csv, () -> rows[0]++);
        }
        String text = out.toString();
        assertThat(text).startsWith("figure,value,explanation,").contains("Active mentorships,1,").contains("Circles recruiting,1,");
        assertThat(rows[0]).isEqualTo(overview.figures().size() + overview.modules().size() + overview.circlesByStatus().size());
        assertThat(text).doesNotContain("SECRET").doesNotContain("Army");
    }

    /** Issue 16 §2: a German program manager reads the figures, their numbers and the CSV rows in German. */
    @Test
    void aGermanReaderReadsTheFiguresInGerman() throws Exception {
        ProgramFigures.Overview overview = figures.overview(new ProgramFigures.Filter(Program.OPEN, null, "US", site, "Cloud"),
                java.util.Locale.GERMAN);
        Map<String, ProgramFigures.Figure> byKey = overview.figures().stream()
                .collect(Collectors.toMap(ProgramFigures.Figure::key, f -> f));
        assertThat(byKey.get("active-mentorships").label()).isEqualTo("Aktive Mentorings");
        assertThat(byKey.get("active-mentorships").explanation()).isEqualTo("Paare, die zusammenarbeiten");
        assertThat(byKey.get("check-in-rating").value()).as("a decimal comma").isEqualTo("4,0");
        assertThat(byKey.get("time-to-match").value()).isEqualTo("1 Min.");
        assertThat(byKey.get("meetings").explanation()).startsWith("1 von 1 fälligen stattgefunden");

        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, java.time.ZoneId.of("Europe/Berlin"), java.util.Locale.GERMAN)) {
            figures.writeCsv(figures.overview(new ProgramFigures.Filter(null, null, null, site, null), java.util.Locale.GERMAN),
                    csv, () -> { });
        }
        assertThat(out.toString()).contains("Aktive Mentorings,1,").contains("Kreise: suchen Teilnehmende,1,Kreise nach Status");
    }

    private Task review(long requestId) {
        return taskService.createTaskQuery().processDefinitionKey("match-request")
                .processInstanceBusinessKey(Long.toString(requestId)).singleResult();
    }

    private Account person(String prefix, boolean mentor, int level) {
        Account account = TestPeople.participant(accounts, prefix);
        String taskId = taskService.createTaskQuery().taskAssignee(account.getUsername()).singleResult().getId();
        onboarding.completeProfile(taskId, account.getUsername(), TestProfiles.person(mentor, !mentor).named(prefix)
                .served(new MilitaryBackground(MilitaryBackground.Relation.VETERAN, "Army", 4, null, null, 2015)).answers());
        return atSite(account, level);
    }

    private Account atSite(Account account, int level) {
        String prefix = account.getDisplayName();
        String id = "F-" + account.getId();
        TestPeople.withoutDirectoryEntry(jdbc, account.getId());
        jdbc.update("insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, country, business_line, "
                + "level, active) values (?, ?, ?, 'REGULAR', ?, 'US', 'Cloud', ?, true)", id, prefix, account.getEmail(), site, level);
        jdbc.update("update mentorflow.account set employee_id = ? where id = ?", id, account.getId());
        return account;
    }
}
