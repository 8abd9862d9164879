package com.mentorflow;

import com.mentorflow.matching.MatchRequestAnswers;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.MilitaryBackground;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.Program;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Matched pairs for tests, made the way people make them: profiles, a request, the mentor's acceptance. */
@Component
public class TestMentorships {

    public record Matched(Account mentee, Account mentor, long mentorshipId) {
    }

    private final AccountService accounts;
    private final OnboardingService onboarding;
    private final MatchRequests requests;
    private final MatchRequestAnswers answers;
    private final TaskService taskService;
    private final JdbcTemplate jdbc;

    TestMentorships(AccountService accounts, OnboardingService onboarding, MatchRequests requests, MatchRequestAnswers answers,
                    TaskService taskService, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.onboarding = onboarding;
        this.requests = requests;
        this.answers = answers;
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    public Matched matched(String prefix, Program program) {
        return matched(prefix, program, 12);
    }

    public Matched matched(String prefix, Program program, int lengthMonths) {
        Account mentee = person(prefix + "-mentee", false, program);
        Account mentor = person(prefix + "-mentor", true, program);
        long requestId = requests.send(mentee.getUsername(), mentor.getId(), program,
                "Hello, I would love to learn from you this year.", lengthMonths);
        String review = taskService.createTaskQuery().processDefinitionKey("match-request")
                .processInstanceBusinessKey(Long.toString(requestId)).singleResult().getId();
        answers.review(review, mentor.getUsername(), true, null, null);
        long mentorshipId = jdbc.queryForObject("select id from mentorflow.mentorship where request_id = ?", Long.class, requestId);
        return new Matched(mentee, mentor, mentorshipId);
    }

    /**
     * A new-hire participant with a military background, whose directory record (mentors in Seattle at L6, mentees in
     * Austin at L4) is written before the profile, so the mentor pool loads them complete.
     */
    public Account newHireWithService(String prefix, boolean mentor, MilitaryBackground service, boolean showMilitary) {
        Account account = TestPeople.participant(accounts, prefix);
        String id = "T-" + account.getId();
        TestPeople.withoutDirectoryEntry(jdbc, account.getId());
        jdbc.update("insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, level, active) "
                + "values (?, ?, ?, 'REGULAR', ?, ?, true)", id, prefix, account.getEmail(), mentor ? "Seattle" : "Austin",
                mentor ? 6 : 4);
        jdbc.update("update mentorflow.account set employee_id = ? where id = ?", id, account.getId());
        String taskId = taskService.createTaskQuery().taskAssignee(account.getUsername()).singleResult().getId();
        onboarding.completeProfile(taskId, account.getUsername(), TestProfiles.person(mentor, !mentor).named(prefix)
                .in(Program.NEW_HIRE).served(service).showingMilitary(showMilitary).answers());
        return accounts.findById(account.getId()).orElseThrow();
    }

    public Account person(String prefix, boolean mentor, Program program) {
        Account account = TestPeople.participant(accounts, prefix);
        String taskId = taskService.createTaskQuery().taskAssignee(account.getUsername()).singleResult().getId();
        onboarding.completeProfile(taskId, account.getUsername(), TestProfiles.person(mentor, !mentor).named(prefix).in(program).answers());
        if (program == Program.NEW_HIRE) {
            // The new-hire rule wants another site and a higher level, or a manager must approve first. Written
            // directly: an import would mark everyone else in the shared test database inactive.
            String id = "T-" + account.getId();
        TestPeople.withoutDirectoryEntry(jdbc, account.getId());
            TestPeople.withoutDirectoryEntry(jdbc, account.getId());
            jdbc.update("insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, level, active) "
                    + "values (?, ?, ?, 'REGULAR', ?, ?, true)", id, prefix, account.getEmail(), mentor ? "Seattle" : "Austin",
                    mentor ? 6 : 4);
            jdbc.update("update mentorflow.account set employee_id = ? where id = ?", id, account.getId());
        }
        return accounts.findById(account.getId()).orElseThrow();
    }
}
