package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The journey's assignees come from here: each known account's username, unknown ids left out. */
@MentorflowTest
class AccountUsernamesTest {

    @Autowired AccountService accounts;

    @Test
    void answersTheUsernameOfEachKnownAccountOnce() {
        Account mentee = TestPeople.participant(accounts, "usernames-mentee");
        Account mentor = TestPeople.participant(accounts, "usernames-mentor");

        assertThat(accounts.usernames(List.of(mentee.getId(), mentor.getId(), mentee.getId(), -1L)))
                .containsOnly(org.assertj.core.api.Assertions.entry(mentee.getId(), mentee.getUsername()),
                        org.assertj.core.api.Assertions.entry(mentor.getId(), mentor.getUsername()));
        assertThat(accounts.usernames(List.of())).isEmpty();
    }
}
