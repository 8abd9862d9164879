package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.PROCESS_KEY;

import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.Program;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people and look-ups the match-request integration tests share: a mentee and a mentor with completed profiles
 * (both programs), a request between them, a directory record, the request's process instance, a person's
 * mentorships and mail subjects. A bean of the test context, like the other fixtures ({@code TestCircles}).
 */
@Component
record MatchRequestFixtures(AccountService accounts, OnboardingService onboarding, MatchRequests requests,
                            TaskService taskService, RuntimeService runtimeService, MentorshipRepository mentorships,
                            JdbcTemplate jdbc) {

    static final String NOTE = "Hello! I am new here and would love your advice on finding my way.";

    /** A request just sent, and its process instance. */
    record Sent(Account mentee, Account mentor, long id, ProcessInstance instance) {
    }

    /** {@code prefix}-mentee asks {@code prefix}-mentor (who has room for two) in the open program. */
    Sent sent(String prefix) {
        return send(mentee(prefix + "-mentee"), mentor(prefix + "-mentor", 2), Program.OPEN);
    }

    /** The mentee asks the mentor, saying {@link #NOTE}. */
    Sent send(Account mentee, Account mentor, Program program) {
        long id = requests.send(mentee.getUsername(), mentor.getId(), program, NOTE);
        return new Sent(mentee, mentor, id, instance(id));
    }

    Account mentee(String prefix) {
        Account account = TestPeople.participant(accounts, prefix);
        completeProfile(account, false, true, 2);
        return accounts.findById(account.getId()).orElseThrow();
    }

    Account mentor(String prefix, int capacity) {
        Account account = TestPeople.participant(accounts, prefix);
        completeProfile(account, true, false, capacity);
        return accounts.findById(account.getId()).orElseThrow();
    }

    private void completeProfile(Account account, boolean mentor, boolean mentee, int capacity) {
        String taskId = taskService.createTaskQuery().taskAssignee(account.getUsername()).singleResult().getId();
        onboarding.completeProfile(taskId, account.getUsername(), TestProfiles.person(mentor, mentee)
                .named(account.getDisplayName()).in(Program.OPEN, Program.NEW_HIRE).capacity(capacity).accepting(true).answers());
    }

    /** A directory record for a test account, written directly: an import would mark everyone else inactive. */
    void employee(Account account, String site, int level) {
        String id = "X-" + account.getId();
        TestPeople.withoutDirectoryEntry(jdbc, account.getId());
        jdbc.update("insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, level, active) "
                + "values (?, ?, ?, 'REGULAR', ?, ?, true)", id, account.getDisplayName(), account.getEmail(), site, level);
        jdbc.update("update mentorflow.account set employee_id = ? where id = ?", id, account.getId());
    }

    ProcessInstance instance(long requestId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(requestId)).singleResult();
    }

    List<Mentorship> mentorshipsOf(Account mentee) {
        return mentorships.findByMenteeAccountId(mentee.getId());
    }

    List<String> mailTo(Account account) {
        return jdbc.queryForList("select subject from mentorflow.outbox_message where recipient = ? order by id",
                String.class, account.getEmail());
    }
}
