package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The open-request queries spell the open statuses out in JPQL (so Hibernate translates them once); they must mean
 * exactly {@link MatchRequest.Status#OPEN}: one request in every status, and only the open ones are found.
 */
@MentorflowTest
class OpenRequestQueriesTest {

    @Autowired AccountService accounts;
    @Autowired MatchRequestRepository repository;
    @Autowired MatchRequestRecords records;
    @Autowired JdbcTemplate jdbc;

    @Test
    void findOnlyTheRequestsWhoseStatusIsOpen() {
        Account mentee = TestPeople.participant(accounts, "open-queries-mentee");
        Map<MatchRequest.Status, Long> mentorIn = new EnumMap<>(MatchRequest.Status.class);
        for (MatchRequest.Status status : MatchRequest.Status.values()) {
            long mentor = TestPeople.participant(accounts, "open-queries-" + status.name().toLowerCase()).getId();
            long id = repository.saveAndFlush(new MatchRequest(mentee.getId(), mentor, Program.OPEN, "Hello", 6, 50, "",
                    Instant.now())).getId();
            jdbc.update("update mentorflow.match_request set status = ? where id = ?", status.name(), id);
            mentorIn.put(status, mentor);
        }

        assertThat(records.openCount(mentee.getId())).isEqualTo(MatchRequest.Status.OPEN.size());
        assertThat(records.openOf(mentee.getId())).extracting(MatchRequest::getMentorAccountId)
                .containsExactlyInAnyOrderElementsOf(MatchRequest.Status.OPEN.stream().map(mentorIn::get).toList());
        mentorIn.forEach((status, mentor) -> assertThat(records.openBetween(mentee.getId(), mentor))
                .as("a request %s counts as open", status).isEqualTo(status.isOpen()));
    }
}
