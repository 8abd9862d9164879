package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mentorflow.DueJobs;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestClocks;
import com.mentorflow.TestMentorships;
import com.mentorflow.circles.CircleMembership;
import com.mentorflow.journey.JourneyProcess;
import com.mentorflow.journey.JourneyCheckIns;
import com.mentorflow.journey.JourneyMeetings;
import com.mentorflow.journey.JourneyModules;
import com.mentorflow.journey.MentorshipGoals;
import com.mentorflow.platform.ProgramCalendar;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Download my data" holds a whole mentorship year and everything else about the person (requests with their
 * timeline, circles, audit entries about them), and never what only the partner wrote for themselves.
 */
@MentorflowTest
class MentorshipYearExportTest {

    @Autowired PersonalDataExport export;
    @Autowired TestMentorships pairs;
    @Autowired TestCircles circleFixtures;
    @Autowired JourneyModules modules;
    @Autowired JourneyMeetings meetings;
    @Autowired JourneyCheckIns checkIns;
    @Autowired MentorshipGoals goals;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired ProgramCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @RegisterExtension final TestClocks clocks = new TestClocks();

    @Test
    void theExportHoldsTheMentorshipYearCirclesAndAuditButNotThePartnersPrivateNotes() throws Exception {
        TestMentorships.Matched pair = pairs.matched("export-year", Program.NEW_HIRE);
        String mentee = pair.mentee().getUsername();
        String mentor = pair.mentor().getUsername();
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(pair.mentorshipId())).singleResult().getId();
        goals.add(mentee, pair.mentorshipId(), "GOAL-present-at-the-all-hands");
        for (int month = 0; month <= 6; month++) {
            // A minute more each month: the journey opens each month a program month after the one before.
            clocks.moveTo(Duration.parse(calendar.months(month)).plusMinutes(month + 1));
            DueJobs.fire(managementService, instance);
            for (Task task : taskService.createTaskQuery().processInstanceId(instance).list()) {
                int meeting = task.getTaskDefinitionKey().equals(JourneyProcess.TASK_MEETING)
                        ? ((Number) taskService.getVariable(task.getId(), JourneyProcess.VAR_MEETING)).intValue() : 0;
                switch (task.getTaskDefinitionKey()) {
                    case JourneyProcess.TASK_COMPLETE_MODULE ->
                            modules.completeModule(task.getId(), mentee, Set.of(0), "REFLECTION-module-" + month);
                    case JourneyProcess.TASK_MEETING -> {
                        boolean menteeLogs = meeting == 1;
                        meetings.logMeeting(task.getId(), menteeLogs ? mentee : mentor, true, "TOPICS-meeting-" + meeting,
                                menteeLogs ? "MENTEE-OWN-NOTE" : "MENTOR-PRIVATE-NOTE", "ACTION-meeting-" + meeting);
                    }
                    case JourneyProcess.TASK_MENTEE_CHECK_IN -> checkIns.checkIn(task.getId(), mentee, 4, "HELPED", "CHANGE",
                            "MENTEE-CHECKIN-COMMENT");
                    case JourneyProcess.TASK_MENTOR_CHECK_IN -> checkIns.checkIn(task.getId(), mentor, 3, "MENTOR-HELPED",
                            "MENTOR-CHANGE", "MENTOR-CHECKIN-COMMENT");
                    default -> { }
                }
            }
        }
        // A circle: the manager approves the mentee as an advisor who is not above the members, against the rule,
        // which leaves an audit entry about the mentee; then a meeting they came to, a vote and feedback.
        Account manager = circleFixtures.regular("export-manager", 6);
        long circleId = circleFixtures.propose(manager, "Export circle " + System.nanoTime() % 100000, 6);
        circleFixtures.join(circleId, pair.mentee(), CircleMembership.Role.ADVISOR);
        jdbc.update("insert into mentorflow.circle_meeting (circle_id, number, kind, theme, attended, summary, held_at) "
                + "values (?, 1, 'EXPERIENCE', 'THEME-first', ?, 'SUMMARY-first-meeting', now())", circleId,
                manager.getId() + "," + pair.mentee().getId());
        jdbc.update("insert into mentorflow.circle_vote (circle_id, term, account_id, vote, voted_at) values (?, 1, ?, "
                + "'CONTINUE', now())", circleId, pair.mentee().getId());
        jdbc.update("insert into mentorflow.circle_feedback (circle_id, account_id, rating, comment, answered_at) values "
                + "(?, ?, 5, 'FEEDBACK-comment', now())", circleId, pair.mentee().getId());

        Map<String, Object> data = export.export(mentee);
        String all = json.writeValueAsString(data);

        assertThat(data).containsKeys("mentorshipYears", "matching", "circles", "auditEntries");
        assertThat(all).as("module work and reflections").contains("REFLECTION-module-0", "REFLECTION-module-2",
                "REFLECTION-module-4", "REFLECTION-module-6");
        assertThat(all).as("meetings with their topics and action items").contains("TOPICS-meeting-1", "TOPICS-meeting-2",
                "ACTION-meeting-1", "ACTION-meeting-4");
        assertThat(all).as("the person's own private note").contains("MENTEE-OWN-NOTE");
        assertThat(all).as("the partner's private notes and check-in").doesNotContain("MENTOR-PRIVATE-NOTE",
                "MENTOR-CHECKIN-COMMENT", "MENTOR-HELPED");
        assertThat(all).as("goals and own check-in").contains("GOAL-present-at-the-all-hands", "MENTEE-CHECKIN-COMMENT");
        assertThat(all).as("the request with its timeline").contains("Hello, I would love to learn from you this year.",
                "sent by", "accepted by");
        assertThat(all).as("circles: membership, meeting attended, vote, feedback").contains("Export circle", "ADVISOR",
                "SUMMARY-first-meeting", "CONTINUE", "FEEDBACK-comment");
        assertThat(all).as("the audit entry about them").contains("circle-rule-overridden");

        String mentorsExport = json.writeValueAsString(export.export(mentor));
        assertThat(mentorsExport).contains("MENTOR-PRIVATE-NOTE", "MENTOR-CHECKIN-COMMENT")
                .doesNotContain("MENTEE-OWN-NOTE", "MENTEE-CHECKIN-COMMENT", "REFLECTION-module-0");
    }
}
