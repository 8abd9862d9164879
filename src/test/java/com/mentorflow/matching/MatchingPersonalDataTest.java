package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestFixtures.NOTE;
import static com.mentorflow.matching.MatchRequestProcess.END_WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.mentorflow.MentorflowTest;
import com.mentorflow.matching.MatchRequest.Status;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.AccountErasure;
import com.mentorflow.people.Program;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Erasing an account: the matching module withdraws its open requests (through their processes) and ends its mentorships. */
@MentorflowTest
class MatchingPersonalDataTest {

    @Autowired ProcessEngine engine;
    @Autowired MatchRequestAnswers answers;
    @Autowired AccountErasure erasure;
    @Autowired AccountService accounts;
    @Autowired OnboardingService onboarding;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired MentorshipRepository mentorships;
    @Autowired JdbcTemplate jdbc;
    @Autowired MatchRequests requests;
    MatchRequestFixtures people;

    @BeforeEach
    void people() {
        AbstractAssertions.init(engine);
        people = new MatchRequestFixtures(accounts, onboarding, taskService, runtimeService, mentorships, jdbc);
    }

    @Test
    void erasingAnAccountWithdrawsItsOpenRequestsAndEndsItsMentorships() {
        Account mentee = people.mentee("era-mentee");
        Account mentor = people.mentor("era-mentor", 2);
        Account other = people.mentor("era-other", 2);
        long accepted = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        answers.review(task(people.instance(accepted)).getId(), mentor.getUsername(), true, null, null);
        Account secondMentee = people.mentee("era-second");
        long open = requests.send(secondMentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
        ProcessInstance openInstance = people.instance(open);

        erasure.erase(mentor.getUsername());

        assertThat(requests.get(open).getStatus()).isEqualTo(Status.WITHDRAWN);
        assertThat(requests.get(open).getDecisionReason()).isEqualTo("account erased");
        BpmnAwareTests.assertThat(openInstance).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(people.mentorshipsOf(mentee)).singleElement().satisfies(m -> {
            assertThat(m.getStatus()).isEqualTo(Mentorship.Status.ENDED_EARLY);
            assertThat(m.getEndReason()).isEqualTo("account erased");
        });
        assertThat(other.getId()).isNotNull();
    }
}
