package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.END_WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.mentorflow.MentorflowTest;
import com.mentorflow.matching.MatchRequest.Status;
import com.mentorflow.matching.MatchRequestFixtures.Sent;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountErasure;
import com.mentorflow.people.Program;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Erasing an account: the matching module withdraws its open requests (through their processes) and ends its mentorships. */
@MentorflowTest
class MatchingPersonalDataTest {

    @Autowired ProcessEngine engine;
    @Autowired MatchRequestAnswers answers;
    @Autowired AccountErasure erasure;
    @Autowired MatchRequests requests;
    @Autowired MatchRequestFixtures people;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void erasingAnAccountWithdrawsItsOpenRequestsAndEndsItsMentorships() {
        Sent accepted = people.sent("era");
        Account mentor = accepted.mentor();
        Account other = people.mentor("era-other", 2);
        answers.review(task(accepted.instance()).getId(), mentor.getUsername(), true, null, null);
        Sent open = people.send(people.mentee("era-second"), mentor, Program.OPEN);

        erasure.erase(mentor.getUsername());

        assertThat(requests.get(open.id()).getStatus()).isEqualTo(Status.WITHDRAWN);
        assertThat(requests.get(open.id()).getDecisionReason()).isEqualTo("account erased");
        BpmnAwareTests.assertThat(open.instance()).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(people.mentorshipsOf(accepted.mentee())).singleElement().satisfies(m -> {
            assertThat(m.getStatus()).isEqualTo(Mentorship.Status.ENDED_EARLY);
            assertThat(m.getEndReason()).isEqualTo("account erased");
        });
        assertThat(other.getId()).isNotNull();
    }
}
