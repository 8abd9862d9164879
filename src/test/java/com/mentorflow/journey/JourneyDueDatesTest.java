package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestClocks;
import com.mentorflow.TestMentorships;
import com.mentorflow.journey.JourneyTimeline.Item;
import com.mentorflow.journey.JourneyTimeline.State;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ProgramCalendar;
import com.mentorflow.tasks.InboxService;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 §4: a round of the year is due until its program month ends and overdue after that, on My mentorship
 * and in My tasks alike. The clocks move; no timer is fired, so the first meeting's task stays open.
 */
@MentorflowTest
class JourneyDueDatesTest {

    @RegisterExtension final TestClocks clocks = new TestClocks();

    @Autowired TestMentorships fixtures;
    @Autowired JourneyTimeline timeline;
    @Autowired InboxService inbox;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ProgramCalendar calendar;

    @Test
    void aRoundIsDueUntilItsMonthEndsThenOverdueAndMyTasksShowsTheSameDueDate() {
        TestMentorships.Matched pair = fixtures.matched("due", Program.NEW_HIRE);
        String mentee = pair.mentee().getUsername();
        Duration month = Duration.parse(calendar.getMonth());

        Item first = item(mentee, "Meeting 1 with ");
        assertThat(first.state()).isEqualTo(State.DUE_NOW);
        assertThat(first.due()).isEqualTo(first.when().plus(month));
        assertThat(inbox.find(mentee, meetingTask(pair).getId()).orElseThrow().due())
                .as("My tasks dates the meeting task as My mentorship does").isCloseTo(first.due(), within(1, ChronoUnit.SECONDS));
        assertThat(item(mentee, "Meeting 2 with ").state()).isEqualTo(State.UPCOMING);

        clocks.moveTo(month.plusMinutes(1));

        assertThat(item(mentee, "Meeting 1 with ").state()).isEqualTo(State.OVERDUE);
        assertThat(item(mentee, "Module 1:").state()).isEqualTo(State.OVERDUE);
        assertThat(item(mentee, "Meeting 2 with ").state()).isEqualTo(State.DUE_NOW);
        assertThat(item(mentee, "Check-in at month 6").state()).isEqualTo(State.UPCOMING);
    }

    private Item item(String username, String startOfWhat) {
        return timeline.of(username).get(0).items().stream().filter(item -> item.what().startsWith(startOfWhat))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + startOfWhat));
    }

    private Task meetingTask(TestMentorships.Matched pair) {
        String journey = runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(pair.mentorshipId())).singleResult().getId();
        return taskService.createTaskQuery().processInstanceId(journey).taskDefinitionKey(JourneyProcess.TASK_MEETING)
                .singleResult();
    }
}
