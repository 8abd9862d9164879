package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestFixtures.NOTE;
import static com.mentorflow.matching.MatchRequestProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.matching.MatchRequest.Status;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired AccountService accounts;
    @Autowired OnboardingService onboarding;
    @Autowired MatchRequests requests;
    @Autowired MatchRequestAnswers answers;
    @Autowired MatchRequestTimeline timelines;
    @Autowired MentorshipRepository mentorships;
    @Autowired JdbcTemplate jdbc;
    MatchRequestFixtures people;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
        people = new MatchRequestFixtures(accounts, onboarding, taskService, runtimeService, mentorships, jdbc);
    }

    @org.junit.jupiter.api.extension.RegisterExtension final com.mentorflow.TestClocks clocks = new com.mentorflow.TestClocks();

    // ---- the paths ---------------------------------------------------------------------------------------

    @Test
    void acceptCreatesTheMentorshipStartsItsJourneyAndTellsBoth() {
        Account mentee = people.mentee("acc-mentee");
        Account mentor = people.mentor("acc-mentor", 2);

        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);

        ProcessInstance instance = people.instance(id);
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW).hasNotPassed(TASK_APPROVE);
        BpmnAwareTests.assertThat(task(instance)).isAssignedTo(mentor.getUsername()).hasFormKey(FORM_REVIEW);
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.PENDING);
        assertThat(requests.get(id).getExpiresAt()).isNotNull();
        assertThat(people.mailTo(mentor)).contains(mentee.getDisplayName() + " would like you as their mentor");

        answers.review(task(instance).getId(), mentor.getUsername(), true, null, null);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(TASK_CREATE_MENTORSHIP, TASK_WITHDRAW_OTHERS,
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
        Account mentee = people.mentee("dec-mentee");
        Account mentor = people.mentor("dec-mentor", 2);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance instance = people.instance(id);
        Task review = task(instance);

        assertThatThrownBy(() -> answers.review(review.getId(), mentor.getUsername(), false, null, null))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("choose a reason");
        assertThatThrownBy(() -> answers.review(review.getId(), mentor.getUsername(), false, DeclineReason.OTHER, " "))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("say a few words");
        BpmnAwareTests.assertThat(people.instance(id)).isWaitingAt(TASK_REVIEW);

        answers.review(review.getId(), mentor.getUsername(), false, DeclineReason.NO_TIME, "Try again in spring!");

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_DECLINED);
        MatchRequest declined = requests.get(id);
        assertThat(declined.getStatus()).isEqualTo(Status.DECLINED);
        assertThat(declined.getDecisionReason()).isEqualTo(DeclineReason.NO_TIME.label());
        assertThat(declined.getDecisionText()).isEqualTo("Try again in spring!");
        assertThat(people.mentorshipsOf(mentee)).isEmpty();
        assertThat(people.mailTo(mentee)).contains(mentor.getDisplayName() + " declined your request");
    }

    @Test
    void theMentorIsRemindedTwiceAtMostThenAccepts() {
        Account mentee = people.mentee("rem-mentee");
        Account mentor = people.mentor("rem-mentor", 2);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance instance = people.instance(id);

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
        assertThat(people.mailTo(mentor)).filteredOn(subject -> subject.startsWith("Reminder:")).hasSize(2);
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW);

        answers.review(task(instance).getId(), mentor.getUsername(), true, null, null);
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_MATCHED);
    }

    @Test
    void anUnansweredRequestExpiresAndCannotBeAcceptedAfterwards() {
        Account mentee = people.mentee("exp-mentee");
        Account mentor = people.mentor("exp-mentor", 2);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance instance = people.instance(id);
        String taskId = task(instance).getId();

        managementService.executeJob(job(TIMER_EXPIRY, instance).getId());

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_EXPIRED);
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.EXPIRED);
        assertThat(people.mailTo(mentee)).contains("Your request to " + mentor.getDisplayName() + " expired");
        assertThatThrownBy(() -> answers.review(taskId, mentor.getUsername(), true, null, null))
                .isInstanceOf(ConflictException.class);
        assertThat(people.mentorshipsOf(mentee)).isEmpty();
    }

    @Test
    void theMenteeWithdrawsAndTheMentorsTaskDisappears() {
        Account mentee = people.mentee("wd-mentee");
        Account mentor = people.mentor("wd-mentor", 2);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance instance = people.instance(id);
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> requests.withdraw(mentor.getUsername(), id)).isInstanceOf(NotPermittedException.class);
        requests.withdraw(mentee.getUsername(), id);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.WITHDRAWN);
        assertThat(people.mailTo(mentor)).contains(mentee.getDisplayName() + " withdrew their request");
        assertThatThrownBy(() -> requests.withdraw(mentee.getUsername(), id)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> answers.review(taskId, mentor.getUsername(), true, null, null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void sameSiteInTheNewHireProgramNeedsApprovalAndAnApprovedRequestGoesToTheMentor() {
        Account mentee = people.mentee("apr-mentee");
        Account mentor = people.mentor("apr-mentor", 2);
        people.employee(mentee, "Austin", 3);
        people.employee(mentor, "Austin", 6);
        Account manager = TestPeople.create(accounts, "apr-pm", Roles.PROGRAM_MANAGER);
        Account participant = TestPeople.participant(accounts, "apr-nobody");

        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.NEW_HIRE, NOTE);

        ProcessInstance instance = people.instance(id);
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
    void aRejectedRequestEndsWithTheManagersReason() {
        Account mentee = people.mentee("rej-mentee");
        Account mentor = people.mentor("rej-mentor", 2);
        people.employee(mentee, "Dublin", 5);
        people.employee(mentor, "Seattle", 5);
        Account manager = TestPeople.create(accounts, "rej-pm", Roles.PROGRAM_MANAGER);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.NEW_HIRE, NOTE);
        ProcessInstance instance = people.instance(id);
        assertThat(requests.get(id).getApprovalReason()).isEqualTo("the mentor is not above the mentee's level");

        assertThatThrownBy(() -> answers.decideApproval(task(instance).getId(), manager.getUsername(), false, ""))
                .isInstanceOf(RejectedInputException.class);
        answers.decideApproval(task(instance).getId(), manager.getUsername(), false, "Please pick a more senior mentor.");

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_REJECTED);
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.REJECTED);
        assertThat(people.mailTo(mentee)).contains("Your request to " + mentor.getDisplayName() + " was not approved");
    }

    @Test
    void twoAcceptancesForTheLastPlaceAtOnceMakeExactlyOneMentorship() throws Exception {
        Account mentor = people.mentor("race-mentor", 1);
        Account first = people.mentee("race-a");
        Account second = people.mentee("race-b");
        long a = requests.send(first.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        long b = requests.send(second.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance instanceA = people.instance(a);
        ProcessInstance instanceB = people.instance(b);
        List<String> tasks = List.of(task(instanceA).getId(), task(instanceB).getId());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new java.util.ArrayList<>();
        for (String taskId : tasks) {
            results.add(pool.submit(() -> {
                start.await();
                answers.review(taskId, mentor.getUsername(), true, null, null);
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
        List<MatchRequest> both = List.of(requests.get(a), requests.get(b));
        assertThat(both).extracting(MatchRequest::getStatus).containsExactlyInAnyOrder(Status.ACCEPTED, Status.DECLINED);
        assertThat(both).filteredOn(r -> r.getStatus() == Status.DECLINED).singleElement()
                .extracting(MatchRequest::getDecisionReason).isEqualTo(MatchRequests.REASON_MENTOR_FULL);
        ProcessInstance lost = requests.get(a).getStatus() == Status.DECLINED ? instanceA : instanceB;
        BpmnAwareTests.assertThat(lost).isEnded().hasPassedInOrder(TASK_CREATE_MENTORSHIP, TASK_DECLINE_MENTOR_FULL,
                TASK_TELL_MENTOR_FULL, END_MENTOR_FULL).hasNotPassed(TASK_WITHDRAW_OTHERS);
        Account loser = requests.get(a).getStatus() == Status.DECLINED ? first : second;
        assertThat(people.mailTo(loser)).contains(mentor.getDisplayName() + " has no room for another mentee");
    }

    @Test
    void acceptingOneRequestWithdrawsTheMenteesOtherOpenRequests() {
        Account mentee = people.mentee("multi-mentee");
        Account chosen = people.mentor("multi-a", 2);
        Account other = people.mentor("multi-b", 2);
        long accepted = requests.send(mentee.getUsername(), chosen.getId(), Program.OPEN, NOTE);
        long open = requests.send(mentee.getUsername(), other.getId(), Program.OPEN, NOTE);
        ProcessInstance openInstance = people.instance(open);
        String otherTask = task(openInstance).getId();

        answers.review(task(people.instance(accepted)).getId(), chosen.getUsername(), true, null, null);

        assertThat(requests.get(open).getStatus()).isEqualTo(Status.WITHDRAWN);
        assertThat(requests.get(open).getDecisionReason()).isEqualTo(MatchRequests.REASON_MATCHED_ELSEWHERE);
        assertThat(taskService.createTaskQuery().taskId(otherTask).count()).isZero();
        BpmnAwareTests.assertThat(openInstance).isEnded().hasPassed(END_WITHDRAWN);
        assertThatThrownBy(() -> requests.send(mentee.getUsername(), other.getId(), Program.OPEN, NOTE))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("You already have a mentor in the Open mentoring");
    }

    @Test
    void doubleClickOnAcceptMakesOneMentorshipAndOneClearMessage() {
        Account mentee = people.mentee("dbl-mentee");
        Account mentor = people.mentor("dbl-mentor", 2);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        String taskId = task(people.instance(id)).getId();

        answers.review(taskId, mentor.getUsername(), true, null, null);

        assertThatThrownBy(() -> answers.review(taskId, mentor.getUsername(), true, null, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer open");
        assertThat(people.mentorshipsOf(mentee)).hasSize(1);
    }
}
