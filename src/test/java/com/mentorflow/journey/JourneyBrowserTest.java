package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.DueJobs;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestClocks;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ProgramCalendar;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Right after the match the mentee sees module 1 and meeting 1, logs the meeting; the mentor sees the notes and the
 * insight of the current stage. After the year both see what they did together.
 */
@MentorflowTest
@Tag("browser")
class JourneyBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();
    @RegisterExtension final TestClocks clocks = new TestClocks();

    @Autowired TestMentorships fixtures;
    @Autowired MentorshipGoals goals;
    @Autowired JourneyMeetings meetings;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ProgramCalendar calendar;

    @Test
    void bothDashboardsFillAtOnceAndMeetingNotesStayWithThePair() throws Exception {
        TestMentorships.Matched pair = fixtures.matched("dash", Program.NEW_HIRE);

        try (Browser mentee = browsers.open()) {
            mentee.signIn(pair.mentee().getUsername(), TestPeople.PASSWORD);
            mentee.open("/journey");
            String year = mentee.waitFor(By.cssSelector(".journey-timeline")).getText().replace('\n', ' ');
            assertThat(year).containsPattern("Due [^ ]+ [^ ]+ [^ ]+ Module 1: Your first 30 days")
                    .containsPattern("Due [^ ]+ [^ ]+ [^ ]+ Meeting 1 with " + pair.mentor().getDisplayName());

            mentee.open("/");
            // The models name these tasks once for every round; the inbox says which meeting and module each one is.
            WebElement meetingRow = mentee.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Plan and log meeting 1']"));
            assertThat(meetingRow).isNotNull();
            assertThat(mentee.text()).contains("Complete the module: Your first 30 days (module 1)")
                    .doesNotContain("Plan and log the meeting");
            mentee.click(mentee.driver().findElements(By.cssSelector("#inbox-grid vaadin-button")).stream()
                    .filter(b -> b.getAttribute("aria-label").equals("Open task Plan and log meeting 1")).findFirst().orElseThrow());
            mentee.waitFor(By.id("meeting-log"));
            assertThat(mentee.driver().findElements(By.tagName("h2")).stream().map(WebElement::getText).toList())
                    .contains("Plan and log meeting 1");
            mentee.click(mentee.driver().findElements(By.cssSelector("#meeting-held vaadin-radio-button")).stream()
                    .filter(r -> r.getText().equals("Yes")).findFirst().orElseThrow());
            mentee.driver().findElement(By.cssSelector("#meeting-topics textarea")).sendKeys("Settling in");
            mentee.driver().findElement(By.cssSelector("#meeting-notes textarea")).sendKeys("Nervous about the first review");
            mentee.click(By.id("meeting-log"));
            new WebDriverWait(mentee.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));
        }

        try (Browser mentor = browsers.open()) {
            mentor.signIn(pair.mentor().getUsername(), TestPeople.PASSWORD);
            mentor.open("/journey");
            String year = mentor.waitFor(By.cssSelector(".journey-timeline")).getText().replace('\n', ' ');
            assertThat(year).contains("Done Meeting 1 with " + pair.mentee().getDisplayName())
                    .contains("Held: Settling in — notes: Nervous about the first review");
            // Issue 15 §6: the mentor reads the insight of the stage the mentee is in, marked as current, and no later one.
            WebElement current = mentor.waitFor(By.cssSelector(".journey-stages li[aria-current='step']"));
            assertThat(current.getText()).contains("Module 1: Your first 30 days", "Current stage",
                    "Share what your own first month was like");
            assertThat(mentor.driver().findElements(By.cssSelector(".journey-stages li"))).hasSize(1);
            assertThat(mentor.text()).doesNotContain("authority and influence").doesNotContain("Mentor insight:");
            mentor.screenshots("journey-mentor-stage");
        }

        try (Browser manager = browsers.open()) {
            manager.signIn("priya", "mentorflow-demo");
            manager.open("/journey");
            assertThat(manager.text()).doesNotContain("Nervous about the first review");
        }
    }

    /** Issue 16 §4: a month on, what is still open reads overdue, and the picture at the top counts each track. */
    @Test
    void aMonthOnTheOpenRoundsAreOverdueAndTheYearIsAPicture() throws Exception {
        TestMentorships.Matched pair = fixtures.matched("overdue", Program.NEW_HIRE);
        String journey = runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(pair.mentorshipId())).singleResult().getId();
        Task first = taskService.createTaskQuery().processInstanceId(journey)
                .taskDefinitionKey(JourneyProcess.TASK_MEETING).singleResult();
        meetings.logMeeting(first.getId(), pair.mentor().getUsername(), true, "Settling in", null, null);
        clocks.advance(Duration.parse(calendar.months(1)).plusMinutes(1));
        DueJobs.fire(managementService, journey);

        try (Browser mentee = browsers.open()) {
            mentee.signIn(pair.mentee().getUsername(), TestPeople.PASSWORD);
            mentee.open("/journey");
            String year = mentee.waitFor(By.cssSelector(".journey-timeline")).getText().replace('\n', ' ');
            assertThat(year).containsPattern("Overdue since [^ ]+ [^ ]+ [^ ]+ Module 1: Your first 30 days")
                    .contains("Done Meeting 1 with " + pair.mentor().getDisplayName())
                    .containsPattern("Due [^ ]+ [^ ]+ [^ ]+ Meeting 2 with ");
            WebElement overdue = mentee.driver().findElements(By.cssSelector(".journey-timeline span[theme]")).stream()
                    .filter(badge -> badge.getText().startsWith("Overdue since")).findFirst().orElseThrow();
            assertThat(overdue.getAttribute("theme")).isEqualTo("badge error");
            assertThat(mentee.driver().findElements(By.cssSelector(".journey-progress [role='img']")))
                    .extracting(track -> track.getAttribute("aria-label"))
                    .containsExactly("Modules: 0 of 6 completed, 1 overdue", "Meetings: 1 of 7 logged", "Check-ins: 0 of 2 answered");
            assertThat(mentee.driver().findElements(By.cssSelector(".journey-progress-overdue"))).hasSize(1);
            WebElement avatar = mentee.waitFor(By.cssSelector("vaadin-avatar.journey-partner-avatar"));
            assertThat(avatar.getAttribute("abbr")).isEqualTo(com.mentorflow.ui.NameAvatar.initials(pair.mentor().getDisplayName()));
            assertThat(avatar.getAttribute("tabindex")).as("the heading names the partner; the avatar is decoration").isEqualTo("-1");
            mentee.screenshots("journey-overdue-mentee");
            mentee.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            mentee.settle();
            assertThat((Long) mentee.script("return document.documentElement.scrollWidth")).as("no sideways scrolling on a phone")
                    .isLessThanOrEqualTo((Long) mentee.script("return window.innerWidth"));
            mentee.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void afterTheYearBothSeeWhatTheyDidTogetherAndAMentorIsNotSentToFindAMentor() throws Exception {
        TestMentorships.Matched pair = fixtures.matched("yearend", Program.OPEN, 3);
        long goal = goals.add(pair.mentee().getUsername(), pair.mentorshipId(), "Present at the team meeting");
        goals.tick(pair.mentor().getUsername(), goal, true);
        String journey = runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(pair.mentorshipId())).singleResult().getId();
        Task first = taskService.createTaskQuery().processInstanceId(journey)
                .taskDefinitionKey(JourneyProcess.TASK_MEETING).singleResult();
        meetings.logMeeting(first.getId(), pair.mentor().getUsername(), true, "Settling in", null, null);
        clocks.advance(Duration.parse(calendar.months(3)).plusMinutes(1));
        DueJobs.fire(managementService, journey);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(journey).count()).as("the year ended").isZero();

        try (Browser mentee = browsers.open()) {
            mentee.signIn(pair.mentee().getUsername(), TestPeople.PASSWORD);
            mentee.open("/journey");
            String done = mentee.waitFor(By.cssSelector(".journey-finished-year")).getText().replace('\n', ' ');
            assertThat(done).contains("Your mentorship with " + pair.mentor().getDisplayName() + " (your mentor, Open mentoring) is complete",
                    "Meetings held: 1 of 3", "Goals reached: 1 of 1", "Present at the team meeting")
                    .doesNotContain("Modules completed");
            assertThat(mentee.text()).doesNotContain("Next meeting");
            assertThat(mentee.waitFor(By.id("journey-empty")).getText()).contains("Find a mentor shows who fits you");
            mentee.screenshots("journey-finished-year-mentee");
        }
        try (Browser mentor = browsers.open()) {
            mentor.signIn(pair.mentor().getUsername(), TestPeople.PASSWORD);
            mentor.open("/journey");
            String done = mentor.waitFor(By.cssSelector(".journey-finished-year")).getText().replace('\n', ' ');
            assertThat(done).contains("Your mentorship with " + pair.mentee().getDisplayName() + " (your mentee, Open mentoring) is complete",
                    "Meetings held: 1 of 3");
            assertThat(mentor.waitFor(By.id("journey-empty")).getText()).contains("No active mentorship.")
                    .contains("When a mentee asks you to be their mentor").doesNotContain("Find a mentor");
            mentor.screenshots("journey-finished-year-mentor");
        }
    }
}
