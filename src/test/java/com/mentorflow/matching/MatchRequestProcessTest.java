package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestFixtures.NOTE;
import static com.mentorflow.matching.MatchRequestProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestClocks;
import com.mentorflow.TestPeople;
import com.mentorflow.matching.MatchRequestFixtures.Sent;
import com.mentorflow.matching.MatchRequest.Status;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.PreferredLanguages;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path through match-request.bpmn with the real services, and the domain state after each step. Sending bad
 * requests is {@link MatchRequestValidationTest}, REST {@link MatchRequestApiTest}, erasure
 * {@link MatchingPersonalDataTest}; the model alone (delegates mocked) {@link MatchRequestModelTest}.
 */
@MentorflowTest
class MatchRequestProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired AccountService accounts;
    @Autowired MatchRequests requests;
    @Autowired MatchRequestAnswers answers;
    @Autowired MatchRequestTimeline timelines;
    @Autowired JdbcTemplate jdbc;
    @Autowired MatchRequestFixtures people;
    @Autowired PreferredLanguages languages;
    @RegisterExtension final TestClocks clocks = new TestClocks();

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    // ---- the paths ---------------------------------------------------------------------------------------

    @Test
    void acceptCreatesTheMentorshipStartsItsJourneyAndTellsBoth() {
        Sent sent = people.sent("acc");
        Account mentee = sent.mentee();
        Account mentor = sent.mentor();
        long id = sent.id();

        BpmnAwareTests.assertThat(sent.instance()).isWaitingAt(TASK_REVIEW).hasNotPassed(TASK_APPROVE);
        BpmnAwareTests.assertThat(task(sent.instance())).isAssignedTo(mentor.getUsername()).hasFormKey(FORM_REVIEW);
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.PENDING);
        assertThat(requests.get(id).getExpiresAt()).isNotNull();
        assertThat(people.mailTo(mentor)).contains(mentee.getDisplayName() + " would like you as their mentor");

        accept(taskOf(sent), mentor);

        BpmnAwareTests.assertThat(sent.instance()).isEnded().hasPassedInOrder(TASK_CREATE_MENTORSHIP, TASK_WITHDRAW_OTHERS,
                TASK_TELL_BOTH, EVENT_JOURNEY_STARTS, END_MATCHED);
        MatchRequest accepted = requests.get(id);
        assertThat(accepted.getStatus()).isEqualTo(Status.ACCEPTED);
        assertThat(accepted.getClosedAt()).isNotNull();
        List<Mentorship> mentorships = people.mentorshipsOf(mentee);
        assertThat(mentorships).singleElement().satisfies(m -> {
            assertThat(m.getStatus()).isEqualTo(Mentorship.Status.ACTIVE);
            assertThat(m.getMentorAccountId()).isEqualTo(mentor.getId());
            assertThat(m.getRequestId()).isEqualTo(id);
        });
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("mentee-journey")
                .processInstanceBusinessKey(mentorships.get(0).getId().toString()).count()).isEqualTo(1);
        assertThat(people.mailTo(mentee)).contains(mentor.getDisplayName() + " is your mentor");
        assertThat(people.mailTo(mentor)).contains("You are now " + mentee.getDisplayName() + "'s mentor");
        assertThat(timelines.of(id)).extracting(row -> row.get("status"))
                .containsExactly("PENDING", "PENDING", "ACCEPTED");
    }

    @Test
    void declineTellsTheMenteeWhyAndNeedsAReason() {
        Sent sent = people.sent("dec");
        String review = taskOf(sent);
        String mentor = sent.mentor().getUsername();

        assertThatThrownBy(() -> answers.review(review, mentor, false, null, null))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("choose a reason");
        assertThatThrownBy(() -> answers.review(review, mentor, false, DeclineReason.OTHER, " "))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("say a few words");
        BpmnAwareTests.assertThat(people.instance(sent.id())).isWaitingAt(TASK_REVIEW);

        answers.review(review, mentor, false, DeclineReason.NO_TIME, "Try again in spring!");

        BpmnAwareTests.assertThat(sent.instance()).isEnded().hasPassed(END_DECLINED);
        MatchRequest declined = requests.get(sent.id());
        assertThat(declined.getStatus()).isEqualTo(Status.DECLINED);
        assertThat(declined.getDecisionReason()).isEqualTo(DeclineReason.NO_TIME.label());
        assertThat(declined.getDecisionText()).isEqualTo("Try again in spring!");
        assertThat(people.mentorshipsOf(sent.mentee())).isEmpty();
        assertThat(people.mailTo(sent.mentee())).contains(sent.mentor().getDisplayName() + " declined your request");
    }

    @Test
    void theMentorIsRemindedTwiceAtMostThenAccepts() {
        Sent sent = people.sent("rem");
        ProcessInstance instance = sent.instance();

        int fired = 0;
        for (int i = 0; i < 5; i++) {
            var reminder = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_REMINDER).singleResult();
            if (reminder == null) {
                break;
            }
            // Cycles count from their start: the engine's clock must really reach each due date.
            clocks.moveTo(reminder.getDuedate().toInstant().plusSeconds(1));
            managementService.executeJob(reminder.getId());
            fired++;
        }

        assertThat(fired).as("two reminders at most").isEqualTo(2);
        assertThat(people.mailTo(sent.mentor())).filteredOn(subject -> subject.startsWith("Reminder:")).hasSize(2);
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW);

        accept(taskOf(sent), sent.mentor());
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_MATCHED);
    }

    @Test
    void anUnansweredRequestExpiresAndCannotBeAcceptedAfterwards() {
        Sent sent = people.sent("exp");
        String review = taskOf(sent);

        managementService.executeJob(job(TIMER_EXPIRY, sent.instance()).getId());

        BpmnAwareTests.assertThat(sent.instance()).isEnded().hasPassed(END_EXPIRED);
        assertThat(requests.get(sent.id()).getStatus()).isEqualTo(Status.EXPIRED);
        assertThat(people.mailTo(sent.mentee()))
                .contains("Your request to " + sent.mentor().getDisplayName() + " expired");
        assertThatThrownBy(() -> accept(review, sent.mentor())).isInstanceOf(ConflictException.class);
        assertThat(people.mentorshipsOf(sent.mentee())).isEmpty();
    }

    @Test
    void theMenteeWithdrawsAndTheMentorsTaskDisappears() {
        Sent sent = people.sent("wd");
        String mentee = sent.mentee().getUsername();
        long id = sent.id();
        String review = taskOf(sent);

        assertThatThrownBy(() -> requests.withdraw(sent.mentor().getUsername(), id))
                .isInstanceOf(NotPermittedException.class);
        requests.withdraw(mentee, id);

        BpmnAwareTests.assertThat(sent.instance()).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(taskService.createTaskQuery().taskId(review).count()).isZero();
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.WITHDRAWN);
        assertThat(people.mailTo(sent.mentor())).contains(sent.mentee().getDisplayName() + " withdrew their request");
        assertThatThrownBy(() -> requests.withdraw(mentee, id)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accept(review, sent.mentor())).isInstanceOf(ConflictException.class);
    }

    @Test
    void sameSiteInTheNewHireProgramNeedsApprovalAndAnApprovedRequestGoesToTheMentor() {
        Account manager = TestPeople.create(accounts, "apr-pm", Roles.PROGRAM_MANAGER);
        Account participant = TestPeople.participant(accounts, "apr-nobody");

        Sent sent = newHireRequest("apr", "Austin", 3, "Austin", 6);

        ProcessInstance instance = sent.instance();
        long id = sent.id();
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_APPROVE);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup(Roles.PROGRAM_MANAGER.camundaGroup());
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.PENDING_APPROVAL);
        assertThat(requests.get(id).getApprovalReason()).isEqualTo("same site in the new-hire program");
        assertThatThrownBy(() -> answers.decideApproval(task(instance).getId(), participant.getUsername(), true, null))
                .isInstanceOf(NotPermittedException.class);
        String approvalTask = task(instance).getId();

        answers.decideApproval(approvalTask, manager.getUsername(), true, null);

        BpmnAwareTests.assertThat(instance).hasPassed(TASK_APPROVE).isWaitingAt(TASK_REVIEW);
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.PENDING);
        assertThatThrownBy(() -> answers.decideApproval(approvalTask, manager.getUsername(), true, null))
                .as("approving twice").isInstanceOf(ConflictException.class);
    }

    @Test
    void eachProgramManagerIsAskedForAnApprovalInTheirOwnLanguage() {
        Account german = TestPeople.create(accounts, "apr-de-pm", Roles.PROGRAM_MANAGER);
        languages.choose(german.getUsername(), Optional.of(Locale.GERMAN));
        Account english = TestPeople.create(accounts, "apr-en-pm", Roles.PROGRAM_MANAGER);

        Sent sent = newHireRequest("apr-de", "Austin", 3, "Austin", 6);

        String mentee = sent.mentee().getDisplayName();
        String mentor = sent.mentor().getDisplayName();
        assertThat(people.mailTo(german)).contains("Genehmigung nötig: " + mentee + " fragt " + mentor + " an");
        assertThat(people.mailTo(english)).contains("Approval needed: " + mentee + " asks " + mentor);
    }

    @Test
    void aRejectedRequestEndsWithTheManagersReason() {
        Account manager = TestPeople.create(accounts, "rej-pm", Roles.PROGRAM_MANAGER);
        Sent sent = newHireRequest("rej", "Dublin", 5, "Seattle", 5);
        assertThat(requests.get(sent.id()).getApprovalReason()).isEqualTo("the mentor is not above the mentee's level");

        assertThatThrownBy(() -> answers.decideApproval(taskOf(sent), manager.getUsername(), false, ""))
                .isInstanceOf(RejectedInputException.class);
        answers.decideApproval(taskOf(sent), manager.getUsername(), false, "Please pick a more senior mentor.");

        BpmnAwareTests.assertThat(sent.instance()).isEnded().hasPassed(END_REJECTED);
        assertThat(requests.get(sent.id()).getStatus()).isEqualTo(Status.REJECTED);
        assertThat(people.mailTo(sent.mentee()))
                .contains("Your request to " + sent.mentor().getDisplayName() + " was not approved");
    }

    @Test
    void twoAcceptancesForTheLastPlaceAtOnceMakeExactlyOneMentorship() throws Exception {
        Account mentor = people.mentor("race-mentor", 1);
        Account first = people.mentee("race-a");
        Account second = people.mentee("race-b");
        Sent fromFirst = people.send(first, mentor, Program.OPEN);
        Sent fromSecond = people.send(second, mentor, Program.OPEN);
        List<String> tasks = List.of(taskOf(fromFirst), taskOf(fromSecond));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (String taskId : tasks) {
            results.add(pool.submit(() -> {
                start.await();
                accept(taskId, mentor);
                return null;
            }));
        }
        start.countDown();
        for (Future<Object> result : results) {
            result.get();
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from mentorflow.mentorship where mentor_account_id = ?",
                Long.class, mentor.getId())).isEqualTo(1);
        List<MatchRequest> both = List.of(requests.get(fromFirst.id()), requests.get(fromSecond.id()));
        assertThat(both).extracting(MatchRequest::getStatus).containsExactlyInAnyOrder(Status.ACCEPTED, Status.DECLINED);
        assertThat(both).filteredOn(r -> r.getStatus() == Status.DECLINED).singleElement()
                .extracting(MatchRequest::getDecisionReason).isEqualTo(MatchRequests.REASON_MENTOR_FULL);
        boolean firstLost = requests.get(fromFirst.id()).getStatus() == Status.DECLINED;
        ProcessInstance lost = (firstLost ? fromFirst : fromSecond).instance();
        BpmnAwareTests.assertThat(lost).isEnded().hasPassedInOrder(TASK_CREATE_MENTORSHIP, TASK_DECLINE_MENTOR_FULL,
                TASK_TELL_MENTOR_FULL, END_MENTOR_FULL).hasNotPassed(TASK_WITHDRAW_OTHERS);
        Account loser = firstLost ? first : second;
        assertThat(people.mailTo(loser)).contains(mentor.getDisplayName() + " has no room for another mentee");
    }

    @Test
    void acceptingOneRequestWithdrawsTheMenteesOtherOpenRequests() {
        Account mentee = people.mentee("multi-mentee");
        Account chosen = people.mentor("multi-a", 2);
        Account other = people.mentor("multi-b", 2);
        Sent accepted = people.send(mentee, chosen, Program.OPEN);
        Sent open = people.send(mentee, other, Program.OPEN);
        String otherTask = taskOf(open);

        accept(taskOf(accepted), chosen);

        assertThat(requests.get(open.id()).getStatus()).isEqualTo(Status.WITHDRAWN);
        assertThat(requests.get(open.id()).getDecisionReason()).isEqualTo(MatchRequests.REASON_MATCHED_ELSEWHERE);
        assertThat(taskService.createTaskQuery().taskId(otherTask).count()).isZero();
        BpmnAwareTests.assertThat(open.instance()).isEnded().hasPassed(END_WITHDRAWN);
        assertThatThrownBy(() -> requests.send(mentee.getUsername(), other.getId(), Program.OPEN, NOTE))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("You already have a mentor in the Open mentoring");
    }

    @Test
    void doubleClickOnAcceptMakesOneMentorshipAndOneClearMessage() {
        Sent sent = people.sent("dbl");
        String review = taskOf(sent);

        accept(review, sent.mentor());

        assertThatThrownBy(() -> accept(review, sent.mentor()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer open");
        assertThat(people.mentorshipsOf(sent.mentee())).hasSize(1);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** The task the request waits at: the mentor's review, or a manager's approval. */
    private static String taskOf(Sent sent) {
        return task(sent.instance()).getId();
    }

    /** {@code prefix}-mentee asks {@code prefix}-mentor in the new-hire program; where each works decides on approval. */
    private Sent newHireRequest(String prefix, String menteeSite, int menteeLevel, String mentorSite, int mentorLevel) {
        Account mentee = people.mentee(prefix + "-mentee");
        Account mentor = people.mentor(prefix + "-mentor", 2);
        people.employee(mentee, menteeSite, menteeLevel);
        people.employee(mentor, mentorSite, mentorLevel);
        return people.send(mentee, mentor, Program.NEW_HIRE);
    }

    private void accept(String reviewTaskId, Account mentor) {
        answers.review(reviewTaskId, mentor.getUsername(), true, null, null);
    }
}
