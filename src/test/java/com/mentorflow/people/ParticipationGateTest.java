package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.circles.JoinRequests;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestCircles;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.circles.CircleMembership;
import com.mentorflow.circles.Circles;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.platform.NotPermittedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nobody takes part (asks a mentor, proposes or joins a circle) before their profile is complete with consent:
 * the refusal says where the profile task is and nothing is kept. Through the service and through REST.
 */
@MentorflowTest
class ParticipationGateTest {

    private static final String NOTE = "Hello, I would love to learn from you this year.";

    @Autowired AccountService accounts;
    @Autowired MatchRequests requests;
    @Autowired Circles circles;
    @Autowired JoinRequests joinRequests;
    @Autowired TestCircles circleFixtures;
    @Autowired TestMentorships mentorFixtures;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aNewcomerCannotProposeACircleUntilTheirProfileIsComplete() {
        Account newcomer = circleFixtures.employeeWithoutProfile("gate-proposer", 5, "REGULAR");

        assertThatThrownBy(() -> circles.propose(newcomer.getUsername(),
                TestCircles.proposal("Too early", 5, CircleMembership.Role.MEMBER)))
                .isInstanceOf(NotPermittedException.class).hasMessage(ProfileService.COMPLETE_PROFILE_FIRST);
        ResponseEntity<Map> overRest = as(newcomer).postForEntity("/api/circles", Map.of("name", "Too early by REST",
                "topics", List.of(1), "description", "Peers working through their first promotion case.", "language", "en",
                "timeZone", "Europe/Berlin", "meetingMode", "VIDEO", "maxSize", 5, "proposerRole", "MEMBER"), Map.class);
        assertThat(overRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(overRest.getBody()).containsEntry("detail", ProfileService.COMPLETE_PROFILE_FIRST);
        assertThat(count("select count(*) from mentorflow.circle where manager_account_id = ?", newcomer.getId())).isZero();

        circleFixtures.withProfile(newcomer);
        assertThat(circles.propose(newcomer.getUsername(), TestCircles.proposal("In time", 5, CircleMembership.Role.MEMBER)))
                .as("the same proposal once the profile is done").isPositive();
    }

    @Test
    void aNewcomerCannotAskToJoinACircleUntilTheirProfileIsComplete() {
        long circleId = circleFixtures.propose(circleFixtures.regular("gate-manager", 5), "Gate circle", 6);
        Account newcomer = circleFixtures.employeeWithoutProfile("gate-joiner", 4, "REGULAR");

        assertThatThrownBy(() -> joinRequests.requestToJoin(newcomer.getUsername(), circleId, CircleMembership.Role.MEMBER, "Hi"))
                .isInstanceOf(NotPermittedException.class).hasMessage(ProfileService.COMPLETE_PROFILE_FIRST);
        ResponseEntity<Map> overRest = as(newcomer).postForEntity("/api/circles/" + circleId + "/join-requests",
                Map.of("role", "MEMBER", "note", "Hi"), Map.class);
        assertThat(overRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(overRest.getBody()).containsEntry("detail", ProfileService.COMPLETE_PROFILE_FIRST);
        assertThat(count("select count(*) from mentorflow.circle_membership where account_id = ?", newcomer.getId())).isZero();
    }

    @Test
    void aNewcomerCannotAskForAMentorUntilTheirProfileIsComplete() {
        Account mentor = mentorFixtures.person("gate-mentor", true, Program.OPEN);
        Account newcomer = TestPeople.participant(accounts, "gate-mentee");

        assertThatThrownBy(() -> requests.send(newcomer.getUsername(), mentor.getId(), Program.OPEN, NOTE))
                .isInstanceOf(NotPermittedException.class).hasMessage(ProfileService.COMPLETE_PROFILE_FIRST);
        ResponseEntity<Map> overRest = as(newcomer).postForEntity("/api/requests", Map.of("mentorAccountId", mentor.getId(),
                "program", "OPEN", "note", NOTE), Map.class);
        assertThat(overRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(overRest.getBody()).containsEntry("detail", ProfileService.COMPLETE_PROFILE_FIRST);
        assertThat(count("select count(*) from mentorflow.match_request where mentee_account_id = ?", newcomer.getId())).isZero();
    }

    private long count(String sql, long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }

    private TestRestTemplate as(Account account) {
        return http.withBasicAuth(account.getUsername(), TestPeople.PASSWORD);
    }
}
