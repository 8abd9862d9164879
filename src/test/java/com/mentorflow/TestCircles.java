package com.mentorflow;

import com.mentorflow.circles.CircleMembership;
import com.mentorflow.circles.CircleProcess;
import com.mentorflow.circles.CircleProposal;
import com.mentorflow.circles.CircleMemberships;
import com.mentorflow.circles.Circles;
import com.mentorflow.circles.JoinRequests;
import com.mentorflow.circles.JoinReviews;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.MeetingMode;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.ProfileAnswers;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** People with directory records (circles need regular employees and levels) and circles made the way people make them. */
@Component
public class TestCircles {

    private final AccountService accounts;
    private final Circles circles;
    private final JoinRequests joinRequests;
    private final JoinReviews joinReviews;
    private final CircleMemberships memberships;
    private final TaskService taskService;
    private final JdbcTemplate jdbc;
    private final OnboardingService onboarding;

    TestCircles(AccountService accounts, Circles circles, JoinRequests joinRequests, JoinReviews joinReviews,
                CircleMemberships memberships, TaskService taskService, JdbcTemplate jdbc, OnboardingService onboarding) {
        this.joinRequests = joinRequests;
        this.joinReviews = joinReviews;
        this.memberships = memberships;
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.circles = circles;
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    public Account regular(String prefix, int level) {
        return employee(prefix, level, "REGULAR");
    }

    public Account employee(String prefix, int level, String type) {
        return withProfile(employeeWithoutProfile(prefix, level, type));
    }

    /** Written directly: a directory import would mark everyone else in the shared test database inactive. */
    public Account employeeWithoutProfile(String prefix, int level, String type) {
        Account account = TestPeople.participant(accounts, prefix);
        String id = "C-" + account.getId();
        TestPeople.withoutDirectoryEntry(jdbc, account.getId());
        jdbc.update("insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, level, time_zone, active) "
                + "values (?, ?, ?, ?, 'Austin', ?, 'Europe/Berlin', true)", id, account.getDisplayName(), account.getEmail(), type, level);
        jdbc.update("update mentorflow.account set employee_id = ? where id = ?", id, account.getId());
        return accounts.findById(account.getId()).orElseThrow();
    }

    /** Completes the person's profile task (circles only, consent given): nobody takes part before that. */
    public Account withProfile(Account account) {
        String taskId = taskService.createTaskQuery().taskAssignee(account.getUsername())
                .processDefinitionKey("participant-onboarding").singleResult().getId();
        onboarding.completeProfile(taskId, account.getUsername(),
                ProfileAnswers.minimal(account.getDisplayName(), false, false, true, "Europe/Berlin", true));
        return accounts.findById(account.getId()).orElseThrow();
    }

    public static CircleProposal proposal(String name, int maxSize, CircleMembership.Role role) {
        return new CircleProposal(name, Set.of(1, 3), "Women in engineering sharing how they grew into senior roles.", null,
                "en", "Europe/Berlin", MeetingMode.VIDEO, maxSize, role);
    }

    public long propose(Account manager, String name, int maxSize) {
        return circles.propose(manager.getUsername(), proposal(name, maxSize, CircleMembership.Role.MEMBER));
    }

    /** Asks to join and has the manager approve (overriding warnings): the person is in. */
    public void join(long circleId, Account person, CircleMembership.Role role) {
        long membershipId = joinRequests.requestToJoin(person.getUsername(), circleId, role, "I would like to join.");
        Task review = joinReview(membershipId);
        joinReviews.decideJoinRequest(review.getId(), review.getAssignee(), true, null, true);
    }

    public Task joinReview(long membershipId) {
        return taskService.createTaskQuery().processDefinitionKey(CircleProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(memberships.membership(membershipId).getCircleId()))
                .taskDefinitionKey(CircleProcess.TASK_REVIEW_JOIN_REQUEST).list().stream()
                .filter(t -> ((Number) taskService.getVariable(t.getId(), CircleProcess.VAR_MEMBERSHIP_ID)).longValue() == membershipId)
                .findFirst().orElseThrow(() -> new AssertionError("no review task for membership " + membershipId));
    }
}
