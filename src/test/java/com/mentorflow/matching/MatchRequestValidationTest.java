package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestFixtures.NOTE;
import static com.mentorflow.matching.MatchRequestProcess.PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.people.Account;
import com.mentorflow.people.Program;
import com.mentorflow.platform.RejectedInputException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A request the mentee may not send is refused with a sentence they understand, and no process starts. */
@MentorflowTest
class MatchRequestValidationTest {

    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired MatchRequests requests;
    @Autowired MatchRequestFixtures people;

    @Test
    void badRequestsAreRefusedWithAClearMessageAndStartNothing() {
        Account mentee = people.mentee("bad-mentee");
        Account mentor = people.mentor("bad-mentor", 2);
        Account paused = people.mentor("bad-paused", 2);
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
        requests.send(mentee.getUsername(), people.mentor("bad-2", 2).getId(), Program.OPEN, NOTE);
        requests.send(mentee.getUsername(), people.mentor("bad-3", 2).getId(), Program.OPEN, NOTE);
        Account fourth = people.mentor("bad-4", 2);
        assertRefused(() -> requests.send(mentee.getUsername(), fourth.getId(), Program.OPEN, NOTE), "3 open requests already");
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(RejectedInputException.class).hasMessageContaining(message);
    }
}
