package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.people.Account;
import com.mentorflow.people.PersonStatus;
import com.mentorflow.people.Program;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14 §6: someone who leaves has their open requests withdrawn (the other side told) and leaves the suggestions. */
@MentorflowTest
class MatchingOnLeavingTest {

    private static final String NOTE = "Hello, I would love to learn from you this year.";

    @Autowired TestMentorships people;
    @Autowired MatchRequests requests;
    @Autowired MatchRequestRepository repository;
    @Autowired PersonStatus status;
    @Autowired TaskService taskService;
    @Autowired MentorPool pool;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aMenteeWhoLeavesHasTheirOpenRequestWithdrawnAndTheMentorIsTold() {
        Account mentee = people.person("leaving-mentee", false, Program.OPEN);
        Account mentor = people.person("staying-mentor", true, Program.OPEN);
        long requestId = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        assertThat(reviewTasks(requestId)).isEqualTo(1);

        status.deactivateAccount(mentee.getId(), "test-admin");

        MatchRequest request = repository.findById(requestId).orElseThrow();
        assertThat(request.getStatus()).isEqualTo(MatchRequest.Status.WITHDRAWN);
        assertThat(request.getDecisionReason()).isEqualTo(MatchingOnLeaving.MENTEE_LEFT);
        assertThat(reviewTasks(requestId)).as("the mentor's review task ended with the process").isZero();
        assertThat(lastMailTo(mentor)).contains("is closed (" + MatchingOnLeaving.MENTEE_LEFT + ")");
    }

    @Test
    void aMentorWhoLeavesHasTheRequestsToThemWithdrawnTheMenteeIsToldAndTheyLeaveTheSuggestions() {
        Account mentee = people.person("staying-mentee", false, Program.OPEN);
        Account mentor = people.person("leaving-mentor", true, Program.OPEN);
        long requestId = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        assertThat(candidate(mentor).active).isTrue();

        status.deactivateAccount(mentor.getId(), "test-admin");

        assertThat(repository.findById(requestId).orElseThrow().getStatus()).isEqualTo(MatchRequest.Status.WITHDRAWN);
        assertThat(lastMailTo(mentee)).contains("is no longer available as a mentor");
        MentorCandidate left = candidate(mentor);
        assertThat(left.active).as("the hard filters leave inactive mentors out").isFalse();

        status.reactivateAccount(mentor.getId(), "test-admin");
        assertThat(candidate(mentor).active).as("back in the suggestions").isTrue();
    }

    private MentorCandidate candidate(Account mentor) {
        return pool.all().stream().filter(c -> c.accountId == mentor.getId()).findFirst().orElseThrow();
    }

    private long reviewTasks(long requestId) {
        return taskService.createTaskQuery().processDefinitionKey(MatchRequestProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(requestId)).count();
    }

    private String lastMailTo(Account account) {
        return jdbc.queryForObject("select subject || ' ' || body from mentorflow.outbox_message where recipient = ? "
                + "order by id desc limit 1", String.class, account.getEmail());
    }
}
