package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.circles.CircleManagement;
import com.mentorflow.DueJobs;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestClocks;
import com.mentorflow.TestMentorships;
import com.mentorflow.circles.CircleMembership;
import com.mentorflow.circles.Circles;
import com.mentorflow.journey.JourneyMeetings;
import com.mentorflow.journey.JourneyService;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.matching.Mentorship;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.Account;
import com.mentorflow.people.Program;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ProgramCalendar;
import com.mentorflow.platform.RejectedInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The attention lists find exactly the stalled things seeded here (backdated rather than by moving the shared
 * clock), and their actions go through the same services as everywhere else.
 */
@MentorflowTest
@WithMockUser(username = "attention-pm", roles = "PROGRAM_MANAGER")
class AttentionListsTest {

    @Autowired AttentionLists lists;
    @Autowired MentorshipReport reports;
    @Autowired ApprovalQueue approvals;
    @Autowired TestMentorships pairs;
    @Autowired TestCircles circleFixtures;
    @Autowired Circles circles;
    @Autowired CircleManagement management;
    @Autowired MatchRequests requests;
    @Autowired Mentorships mentorships;
    @Autowired JourneyService journey;
    @Autowired JourneyMeetings meetings;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired ProgramCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessMaps maps;

    @RegisterExtension final TestClocks clocks = new TestClocks();

    @Test
    void aRequestWaitingEightDaysIsListedAndTheMentorIsNudged() {
        Account mentee = pairs.person("att-mentee", false, Program.OPEN);
        Account mentor = pairs.person("att-mentor", true, Program.OPEN);
        long requestId = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, "Hello, could you mentor me this year?");
        assertThat(find(AttentionLists.Kind.REQUESTS, requestId)).as("not yet: only a moment old").isNull();

        jdbc.update("update mentorflow.match_request set created_at = created_at - interval '8 days' where id = ?", requestId);
        AttentionLists.Item item = find(AttentionLists.Kind.REQUESTS, requestId);
        assertThat(item.subject()).isEqualTo(mentee.getDisplayName() + " asked " + mentor.getDisplayName());
        assertThat(item.detail()).isEqualTo("waiting for the mentor (open)");

        assertThatThrownBy(() -> lists.nudge("attention-pm", item, "Hi")).isInstanceOf(RejectedInputException.class);
        lists.nudge("attention-pm", item, "Please answer the request when you can.");
        assertThat(mail(mentor)).contains("A note from your program manager: " + item.subject());
        assertThat(mail(mentee)).doesNotContain("A note from your program manager: " + item.subject());
    }

    @Test
    void aSpanishReaderReadsWhatARowIsAboutAndWhyInSpanish() {
        Account mentee = pairs.person("att-es-mentee", false, Program.OPEN);
        Account mentor = pairs.person("att-es-mentor", true, Program.OPEN);
        long requestId = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, "Hello, could you mentor me this year?");
        jdbc.update("update mentorflow.match_request set created_at = created_at - interval '8 days' where id = ?", requestId);

        AttentionLists.Item item = find(AttentionLists.Kind.REQUESTS, requestId);

        assertThat(item.about().in(Languages.SPANISH)).isEqualTo(mentee.getDisplayName() + " se lo pidió a " + mentor.getDisplayName());
        assertThat(item.why().in(Languages.SPANISH)).isEqualTo("esperando al mentor (abierta)");
        assertThat(item.why().in(Languages.GERMAN)).isEqualTo("wartet auf den Mentor (offen)");
    }

    @Test
    void mentorshipsThatStoppedMeetingAreListedAndCanBeEndedFromTheList() {
        TestMentorships.Matched quiet = pairs.matched("att-quiet", Program.NEW_HIRE);
        jdbc.update("update mentorflow.mentorship set started_at = started_at - interval '46 days' where id = ?", quiet.mentorshipId());
        AttentionLists.Item item = find(AttentionLists.Kind.MENTORSHIPS, quiet.mentorshipId());
        assertThat(item.detail()).isEqualTo("no meeting held in 45 days");
        assertThat(item.link()).isEqualTo("insights/mentorships/" + quiet.mentorshipId());

        // Its module 1 task has been open for over a month too.
        jdbc.update("update public.act_ru_task set create_time_ = create_time_ - interval '31 days' where task_def_key_ = "
                + "'Task_CompleteModule' and proc_inst_id_ = (select id_ from public.act_ru_execution where business_key_ = ? "
                + "and id_ = proc_inst_id_ and proc_def_id_ like 'mentee-journey:%')", Long.toString(quiet.mentorshipId()));
        AttentionLists.Item module = find(AttentionLists.Kind.MODULES, quiet.mentorshipId());
        assertThat(module.detail()).as("which module, though the model names the task once for all")
                .isEqualTo("Complete the module: Your first 30 days (module 1) open since it was released");
        List<AttentionLists.Item> streamed = new ArrayList<>();
        lists.forEach(AttentionLists.Kind.MODULES, streamed::add);
        assertThat(streamed).as("the CSV's rows, read while the list streams").filteredOn(i -> i.id() == quiet.mentorshipId())
                .extracting(AttentionLists.Item::detail).containsExactly(module.detail());
        String definitionId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                Long.toString(quiet.mentorshipId())).processDefinitionKey("mentee-journey").singleResult().getProcessDefinitionId();
        assertThat(maps.instances(definitionId, "Task_CompleteModule", 0, 10_000))
                .as("the process map's instance list says which module").filteredOn(i -> Long.toString(quiet.mentorshipId())
                        .equals(i.businessKey()))
                .extracting(ProcessMaps.Instance::subject).containsExactly(module.subject()
                        + " · Complete the module: Your first 30 days (module 1)");
        lists.nudge("attention-pm", module, "Module 1 is a good start, about an hour.");
        assertThat(mail(quiet.mentee())).contains("A note from your program manager: " + module.subject());
        assertThat(mail(quiet.mentor())).doesNotContain("A note from your program manager: " + module.subject());

        journey.endEarly("attention-pm", quiet.mentorshipId(), "The pair stopped meeting; both agreed to end.");
        assertThat(mentorships.pair(quiet.mentorshipId()).status()).isEqualTo(Mentorship.Status.ENDED_EARLY);
        assertThat(find(AttentionLists.Kind.MENTORSHIPS, quiet.mentorshipId())).isNull();
    }

    @Test
    void twoMissedMeetingsInARowAreListed() {
        TestMentorships.Matched pair = pairs.matched("att-missed", Program.OPEN, 3);
        logMeeting(pair, false);
        clocks.moveTo(Duration.parse(calendar.months(1)).plusMinutes(1));
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(pair.mentorshipId()))
                .processDefinitionKey("mentee-journey").singleResult().getId();
        DueJobs.fire(managementService, instance);
        logMeeting(pair, false);

        AttentionLists.Item item = find(AttentionLists.Kind.MENTORSHIPS, pair.mentorshipId());
        assertThat(item.detail()).isEqualTo("the last 2 meetings were missed");
        assertThat(approvals.page(0, 1000)).anyMatch(w -> w.task().equals("Check in on this mentorship")
                && w.subject().equals("Mentorship of " + pair.mentee().getDisplayName() + " with " + pair.mentor().getDisplayName()));
    }

    @Test
    void circlesNotPublishedAfterSixWeeksCanBeHandedToAnotherManager() {
        Account manager = circleFixtures.regular("att-circle", 5);
        long circleId = circleFixtures.propose(manager, "Stuck circle", 6);
        Account member = circleFixtures.regular("att-member", 4);
        circleFixtures.join(circleId, member, CircleMembership.Role.MEMBER);
        assertThat(find(AttentionLists.Kind.UNPUBLISHED, circleId)).isNull();
        jdbc.update("update mentorflow.circle set proposed_at = proposed_at - interval '43 days' where id = ?", circleId);

        AttentionLists.Item item = find(AttentionLists.Kind.UNPUBLISHED, circleId);
        assertThat(item.detail()).isEqualTo("2 people, manager " + manager.getDisplayName());
        management.reassignManager("attention-pm", circleId, member.getId());
        assertThat(circles.circle(circleId).getManagerAccountId()).isEqualTo(member.getId());
        Task publish = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(circleId))
                .taskDefinitionKey("Task_PublishCircle").singleResult();
        assertThat(publish.getAssignee()).isEqualTo(member.getUsername());
        assertThatThrownBy(() -> management.reassignManager("attention-pm", circleId, manager.getId() + 100_000))
                .isInstanceOf(RejectedInputException.class);
    }

    @Test
    @WithMockUser(username = "att-participant", roles = "PARTICIPANT")
    void participantsSeeNoneOfIt() {
        assertThatThrownBy(() -> lists.count(AttentionLists.Kind.REQUESTS)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> approvals.count()).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reports.of(1)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void programManagersNeverSeePrivateNotesCommentsOrMilitaryBackground() throws Exception {
        TestMentorships.Matched pair = pairs.matched("att-private", Program.NEW_HIRE);
        logMeeting(pair, true);
        jdbc.update("update mentorflow.meeting set private_notes = 'SECRET-NOTE', logged_at = logged_at - interval '46 days' "
                + "where mentorship_id = ?", pair.mentorshipId());
        jdbc.update("update mentorflow.mentorship set last_held_at = last_held_at - interval '46 days' where id = ?",
                pair.mentorshipId());
        jdbc.update("insert into mentorflow.check_in (mentorship_id, account_id, month, rating, private_comment, answered_at) "
                + "values (?, ?, 6, 2, 'SECRET-COMMENT', now())", pair.mentorshipId(), pair.mentee().getId());
        jdbc.update("update mentorflow.profile set service_branch = 'SECRET-BRANCH', service_relation = 'VETERAN' "
                + "where account_id = ?", pair.mentee().getId());
        jdbc.update("update mentorflow.mentorship set started_at = started_at - interval '46 days' where id = ?", pair.mentorshipId());

        String report = reports.of(pair.mentorshipId()).toString();
        assertThat(report).contains("Goals for this month").contains("rating=2");
        List<String> everything = new ArrayList<>();
        for (AttentionLists.Kind kind : AttentionLists.Kind.values()) {
            lists.forEach(kind, item -> everything.add(item.toString()));
        }
        assertThat(String.join("\n", everything)).contains("Mentorship of " + pair.mentee().getDisplayName());
        assertThat(report + everything).doesNotContain("SECRET").doesNotContain("VETERAN");
    }

    private void logMeeting(TestMentorships.Matched pair, boolean held) {
        Task meeting = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(pair.mentorshipId()))
                .taskDefinitionKey("Task_Meeting").singleResult();
        meetings.logMeeting(meeting.getId(), pair.mentee().getUsername(), held, held ? "Goals for this month" : null, null, null);
    }

    private AttentionLists.Item find(AttentionLists.Kind kind, long id) {
        int total = lists.count(kind);
        return lists.page(kind, 0, Math.max(total, 1)).stream().filter(i -> i.id() == id).findFirst().orElse(null);
    }

    private List<String> mail(Account account) {
        return jdbc.queryForList("select subject from mentorflow.outbox_message where recipient = ? order by id", String.class,
                account.getEmail());
    }
}
