package com.mentorflow.circles;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.people.Account;
import com.mentorflow.people.PersonStatus;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14 §6: a circle whose manager leaves gets another manager, who is told; the leaver leaves the member list. */
@MentorflowTest
class CirclesOnLeavingTest {

    @Autowired TestCircles people;
    @Autowired Circles circles;
    @Autowired JoinRequests joinRequests;
    @Autowired CircleDirectory directory;
    @Autowired PersonStatus status;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theCircleGoesToAnAdvisorWhoGetsTheOpenTasksAndAMail() {
        Account manager = people.regular("leaving-manager", 5);
        Account member = people.regular("circle-member", 5);
        Account advisor = people.regular("circle-advisor", 7);
        long circleId = people.propose(manager, "Leavers circle " + System.nanoTime(), 8);
        people.join(circleId, member, CircleMembership.Role.MEMBER);
        people.join(circleId, advisor, CircleMembership.Role.ADVISOR);
        Account newcomer = people.regular("circle-newcomer", 4);
        joinRequests.requestToJoin(newcomer.getUsername(), circleId, CircleMembership.Role.MEMBER, "I would like to join.");
        assertThat(openTasksOf(manager, circleId)).isPositive();

        status.deactivateAccount(manager.getId(), "test-admin");

        assertThat(circles.circle(circleId).getManagerAccountId()).isEqualTo(advisor.getId());
        assertThat(openTasksOf(manager, circleId)).isZero();
        assertThat(openTasksOf(advisor, circleId)).as("the join request to review moved to the new manager").isPositive();
        assertThat(jdbc.queryForObject("select subject from mentorflow.outbox_message where recipient = ? order by id desc limit 1",
                String.class, advisor.getEmail())).startsWith("You now manage");
        assertThat(directory.members(circleId)).extracting(CircleDirectory.Member::accountId)
                .containsExactlyInAnyOrder(member.getId(), advisor.getId());
        assertThat(directory.summary(circleId).manager()).isEqualTo(advisor.getDisplayName());
    }

    @Test
    void aCircleWithNoOneElseInItIsCancelledWithTheReason() {
        Account manager = people.regular("lonely-manager", 5);
        long circleId = people.propose(manager, "Lonely circle " + System.nanoTime(), 8);

        status.deactivateAccount(manager.getId(), "test-admin");

        Circle circle = circles.circle(circleId);
        assertThat(circle.getStatus()).isEqualTo(CircleStatus.CANCELLED);
    }

    private long openTasksOf(Account person, long circleId) {
        return taskService.createTaskQuery().processDefinitionKey(CircleProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(circleId)).taskAssignee(person.getUsername()).count();
    }
}
