package com.mentorflow.matching;

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
import com.mentorflow.people.ProfileAnswers;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path through match-request.bpmn, with the domain state after each step. */
@MentorflowTest
class MatchRequestProcessTest {

    static final String NOTE = "Hello! I am new here and would love your advice on finding my way.";

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
    @Autowired com.mentorflow.people.PrivacyService privacy;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    // ---- the paths ---------------------------------------------------------------------------------------

    @Test
    void acceptCreatesTheMentorshipStartsItsJourneyAndTellsBoth() {
        Account mentee = mentee("acc-mentee");
        Account mentor = mentor("acc-mentor", 2);

        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);

        ProcessInstance instance = instance(id);
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW).hasNotPassed(TASK_APPROVE);
        BpmnAwareTests.assertThat(task(instance)).isAssignedTo(mentor.getUsername()).hasFormKey(FORM_REVIEW);
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.PENDING);
        assertThat(requests.get(id).getExpiresAt()).isNotNull();
        assertThat(mailTo(mentor)).contains(mentee.getDisplayName() + " would like you as their mentor");

        answers.review(task(instance).getId(), mentor.getUsername(), true, null, null);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(TASK_CREATE_MENTORSHIP, TASK_WITHDRAW_OTHERS,
                TASK_TELL_BOTH, EVENT_JOURNEY_STARTS, END_MATCHED);
        MatchRequest accepted = requests.get(id);
        assertThat(accepted.getStatus()).isEqualTo(Status.ACCEPTED);
        assertThat(accepted.getClosedAt()).isNotNull();
        List<Mentorship> mentorships = mentorshipsOf(mentee);
        assertThat(mentorships).singleElement().satisfies(m -> {
            assertThat(m.getStatus()).isEqualTo(Mentorship.Status.ACTIVE);
            assertThat(m.getMentorAccountId()).isEqualTo(mentor.getId());
            assertThat(m.getRequestId()).isEqualTo(id);
        });
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("mentee-journey")
                .processInstanceBusinessKey(mentorships.get(0).getId().toString()).count()).isEqualTo(1);
        assertThat(mailTo(mentee)).contains(mentor.getDisplayName() + " is your mentor");
        assertThat(mailTo(mentor)).contains("You are now " + mentee.getDisplayName() + "'s mentor");
        assertThat(timelines.of(id)).extracting(row -> row.get("status"))
                .containsExactly("PENDING", "PENDING", "ACCEPTED");
    }

    @Test
    void declineTellsTheMenteeWhyAndNeedsAReason() {
        Account mentee = mentee("dec-mentee");
        Account mentor = mentor("dec-mentor", 2);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance instance = instance(id);
        Task review = task(instance);

        assertThatThrownBy(() -> answers.review(review.getId(), mentor.getUsername(), false, null, null))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("choose a reason");
        assertThatThrownBy(() -> answers.review(review.getId(), mentor.getUsername(), false, DeclineReason.OTHER, " "))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("say a few words");
        BpmnAwareTests.assertThat(instance(id)).isWaitingAt(TASK_REVIEW);

        answers.review(review.getId(), mentor.getUsername(), false, DeclineReason.NO_TIME, "Try again in spring!");

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_DECLINED);
        MatchRequest declined = requests.get(id);
        assertThat(declined.getStatus()).isEqualTo(Status.DECLINED);
        assertThat(declined.getDecisionReason()).isEqualTo(DeclineReason.NO_TIME.label());
        assertThat(declined.getDecisionText()).isEqualTo("Try again in spring!");
        assertThat(mentorshipsOf(mentee)).isEmpty();
        assertThat(mailTo(mentee)).contains(mentor.getDisplayName() + " declined your request");
    }

    @Test
    void theMentorIsRemindedTwiceAtMostThenAccepts() {
        Account mentee = mentee("rem-mentee");
        Account mentor = mentor("rem-mentor", 2);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance instance = instance(id);

        int fired = 0;
        for (int i = 0; i < 5; i++) {
            var reminder = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_REMINDER).singleResult();
            if (reminder == null) {
                break;
            }
            // Cycles count from their start: the engine's clock must really reach each due date.
            ClockUtil.setCurrentTime(new java.util.Date(reminder.getDuedate().getTime() + 1000));
            managementService.executeJob(reminder.getId());
            fired++;
        }

        assertThat(fired).as("two reminders at most").isEqualTo(2);
        assertThat(mailTo(mentor)).filteredOn(subject -> subject.startsWith("Reminder:")).hasSize(2);
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REVIEW);

        answers.review(task(instance).getId(), mentor.getUsername(), true, null, null);
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_MATCHED);
    }

    @Test
    void anUnansweredRequestExpiresAndCannotBeAcceptedAfterwards() {
        Account mentee = mentee("exp-mentee");
        Account mentor = mentor("exp-mentor", 2);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance instance = instance(id);
        String taskId = task(instance).getId();

        managementService.executeJob(job(TIMER_EXPIRY, instance).getId());

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_EXPIRED);
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.EXPIRED);
        assertThat(mailTo(mentee)).contains("Your request to " + mentor.getDisplayName() + " expired");
        assertThatThrownBy(() -> answers.review(taskId, mentor.getUsername(), true, null, null))
                .isInstanceOf(ConflictException.class);
        assertThat(mentorshipsOf(mentee)).isEmpty();
    }

    @Test
    void theMenteeWithdrawsAndTheMentorsTaskDisappears() {
        Account mentee = mentee("wd-mentee");
        Account mentor = mentor("wd-mentor", 2);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance instance = instance(id);
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> requests.withdraw(mentor.getUsername(), id)).isInstanceOf(NotPermittedException.class);
        requests.withdraw(mentee.getUsername(), id);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.WITHDRAWN);
        assertThat(mailTo(mentor)).contains(mentee.getDisplayName() + " withdrew their request");
        assertThatThrownBy(() -> requests.withdraw(mentee.getUsername(), id)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> answers.review(taskId, mentor.getUsername(), true, null, null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void sameSiteInTheNewHireProgramNeedsApprovalAndAnApprovedRequestGoesToTheMentor() {
        Account mentee = mentee("apr-mentee");
        Account mentor = mentor("apr-mentor", 2);
        employee(mentee, "Austin", 3);
        employee(mentor, "Austin", 6);
        Account manager = TestPeople.create(accounts, "apr-pm", Roles.PROGRAM_MANAGER);
        Account participant = TestPeople.participant(accounts, "apr-nobody");

        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.NEW_HIRE, NOTE);

        ProcessInstance instance = instance(id);
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
        Account mentee = mentee("rej-mentee");
        Account mentor = mentor("rej-mentor", 2);
        employee(mentee, "Dublin", 5);
        employee(mentor, "Seattle", 5);
        Account manager = TestPeople.create(accounts, "rej-pm", Roles.PROGRAM_MANAGER);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.NEW_HIRE, NOTE);
        ProcessInstance instance = instance(id);
        assertThat(requests.get(id).getApprovalReason()).isEqualTo("the mentor is not above the mentee's level");

        assertThatThrownBy(() -> answers.decideApproval(task(instance).getId(), manager.getUsername(), false, ""))
                .isInstanceOf(RejectedInputException.class);
        answers.decideApproval(task(instance).getId(), manager.getUsername(), false, "Please pick a more senior mentor.");

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_REJECTED);
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.REJECTED);
        assertThat(mailTo(mentee)).contains("Your request to " + mentor.getDisplayName() + " was not approved");
    }

    @Test
    void twoAcceptancesForTheLastPlaceAtOnceMakeExactlyOneMentorship() throws Exception {
        Account mentor = mentor("race-mentor", 1);
        Account first = mentee("race-a");
        Account second = mentee("race-b");
        long a = requests.send(first.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        long b = requests.send(second.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance instanceA = instance(a);
        ProcessInstance instanceB = instance(b);
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
        assertThat(mailTo(loser)).contains(mentor.getDisplayName() + " has no room for another mentee");
    }

    @Test
    void acceptingOneRequestWithdrawsTheMenteesOtherOpenRequests() {
        Account mentee = mentee("multi-mentee");
        Account chosen = mentor("multi-a", 2);
        Account other = mentor("multi-b", 2);
        long accepted = requests.send(mentee.getUsername(), chosen.getId(), Program.OPEN, NOTE);
        long open = requests.send(mentee.getUsername(), other.getId(), Program.OPEN, NOTE);
        ProcessInstance openInstance = instance(open);
        String otherTask = task(openInstance).getId();

        answers.review(task(instance(accepted)).getId(), chosen.getUsername(), true, null, null);

        assertThat(requests.get(open).getStatus()).isEqualTo(Status.WITHDRAWN);
        assertThat(requests.get(open).getDecisionReason()).isEqualTo(MatchRequests.REASON_MATCHED_ELSEWHERE);
        assertThat(taskService.createTaskQuery().taskId(otherTask).count()).isZero();
        BpmnAwareTests.assertThat(openInstance).isEnded().hasPassed(END_WITHDRAWN);
        assertThatThrownBy(() -> requests.send(mentee.getUsername(), other.getId(), Program.OPEN, NOTE))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("You already have a mentor in the Open mentoring");
    }

    @Test
    void doubleClickOnAcceptMakesOneMentorshipAndOneClearMessage() {
        Account mentee = mentee("dbl-mentee");
        Account mentor = mentor("dbl-mentor", 2);
        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        String taskId = task(instance(id)).getId();

        answers.review(taskId, mentor.getUsername(), true, null, null);

        assertThatThrownBy(() -> answers.review(taskId, mentor.getUsername(), true, null, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer open");
        assertThat(mentorshipsOf(mentee)).hasSize(1);
    }

    @Test
    void badRequestsAreRefusedWithAClearMessageAndStartNothing() {
        Account mentee = mentee("bad-mentee");
        Account mentor = mentor("bad-mentor", 2);
        Account paused = mentor("bad-paused", 2);
        jdbc.update("update mentorflow.profile set accepting_requests = false where account_id = ?", paused.getId());
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();

        assertRefused(() -> requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, "too short"), "at least 20 characters");
        assertRefused(() -> requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, "x".repeat(1001)), "1000 characters");
        assertRefused(() -> requests.send(mentee.getUsername(), mentee.getId(), Program.OPEN, NOTE), "to yourself");
        assertRefused(() -> requests.send(mentee.getUsername(), paused.getId(), Program.OPEN, NOTE), "is not accepting requests");
        assertRefused(() -> requests.send(mentee.getUsername(), 987654321L, Program.OPEN, NOTE), "no such mentor");
        assertRefused(() -> requests.send(mentee.getUsername(), mentor.getId(), Program.CIRCLES, NOTE), "new-hire program or open");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);

        requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        assertRefused(() -> requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE), "already have an open request");
        requests.send(mentee.getUsername(), mentor("bad-2", 2).getId(), Program.OPEN, NOTE);
        requests.send(mentee.getUsername(), mentor("bad-3", 2).getId(), Program.OPEN, NOTE);
        Account fourth = mentor("bad-4", 2);
        assertRefused(() -> requests.send(mentee.getUsername(), fourth.getId(), Program.OPEN, NOTE), "3 open requests already");
    }

    @Test
    void erasingAnAccountWithdrawsItsOpenRequestsAndEndsItsMentorships() {
        Account mentee = mentee("era-mentee");
        Account mentor = mentor("era-mentor", 2);
        Account other = mentor("era-other", 2);
        long accepted = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        answers.review(task(instance(accepted)).getId(), mentor.getUsername(), true, null, null);
        Account secondMentee = mentee("era-second");
        long open = requests.send(secondMentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance openInstance = instance(open);

        privacy.erase(mentor.getUsername());

        assertThat(requests.get(open).getStatus()).isEqualTo(Status.WITHDRAWN);
        assertThat(requests.get(open).getDecisionReason()).isEqualTo("account erased");
        BpmnAwareTests.assertThat(openInstance).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(mentorshipsOf(mentee)).singleElement().satisfies(m -> {
            assertThat(m.getStatus()).isEqualTo(Mentorship.Status.ENDED_EARLY);
            assertThat(m.getEndReason()).isEqualTo("account erased");
        });
        assertThat(other.getId()).isNotNull();
    }

    @Test
    void theRestApiSendsListsAndWithdrawsThroughTheSameService() {
        Account mentee = mentee("api-mentee");
        Account mentor = mentor("api-mentor", 2);
        var as = http.withBasicAuth(mentee.getUsername(), TestPeople.PASSWORD);

        var bad = as.postForEntity("/api/requests", Map.of("mentorAccountId", mentor.getId(), "program", "OPEN",
                "note", "short"), Map.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("problems").toString()).contains("at least 20 characters");

        var created = as.postForEntity("/api/requests", Map.of("mentorAccountId", mentor.getId(), "program", "OPEN",
                "note", NOTE), Void.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long id = Long.parseLong(created.getHeaders().getLocation().getPath().replace("/api/requests/", ""));
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.PENDING);

        var mine = as.getForEntity("/api/requests", Map.class);
        assertThat(mine.getBody().get("sent").toString()).contains(mentor.getDisplayName()).contains("PENDING");

        var withdrawn = as.exchange("/api/requests/" + id, org.springframework.http.HttpMethod.DELETE, null, Void.class);
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(204);
        assertThat(requests.get(id).getStatus()).isEqualTo(Status.WITHDRAWN);
        var again = as.exchange("/api/requests/" + id, org.springframework.http.HttpMethod.DELETE, null, Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
    }

    // ---- fixtures ----------------------------------------------------------------------------------------

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(RejectedInputException.class).hasMessageContaining(message);
    }

    private Account mentee(String prefix) {
        Account account = TestPeople.participant(accounts, prefix);
        completeProfile(account, false, true, 2);
        return accounts.findById(account.getId()).orElseThrow();
    }

    private Account mentor(String prefix, int capacity) {
        Account account = TestPeople.participant(accounts, prefix);
        completeProfile(account, true, false, capacity);
        return accounts.findById(account.getId()).orElseThrow();
    }

    private void completeProfile(Account account, boolean mentor, boolean mentee, int capacity) {
        String taskId = taskService.createTaskQuery().taskAssignee(account.getUsername()).singleResult().getId();
        onboarding.completeProfile(taskId, account.getUsername(), new ProfileAnswers(account.getDisplayName(), mentor, mentee,
                false, EnumSet.of(Program.OPEN, Program.NEW_HIRE), "Europe/Berlin", mentee ? Set.of(1) : Set.of(), null,
                mentor ? Set.of(1) : Set.of(), null, null, null, capacity, true, true));
    }

    /** A directory record for a test account, written directly: an import would mark everyone else inactive. */
    private void employee(Account account, String site, int level) {
        String id = "X-" + account.getId();
        TestPeople.withoutDirectoryEntry(jdbc, account.getId());
        jdbc.update("insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, level, active) "
                + "values (?, ?, ?, 'REGULAR', ?, ?, true)", id, account.getDisplayName(), account.getEmail(), site, level);
        jdbc.update("update mentorflow.account set employee_id = ? where id = ?", id, account.getId());
    }

    private ProcessInstance instance(long requestId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(requestId)).singleResult();
    }

    private List<Mentorship> mentorshipsOf(Account mentee) {
        return mentorships.findByMenteeAccountId(mentee.getId());
    }

    private List<String> mailTo(Account account) {
        return jdbc.queryForList("select subject from mentorflow.outbox_message where recipient = ? order by id",
                String.class, account.getEmail());
    }
}
