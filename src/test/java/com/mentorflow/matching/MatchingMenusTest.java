package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.AccountService;
import com.mentorflow.ui.PersonNames;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 16 §4: the menu offers "Find a mentor" to mentees and to people who have not said yet, not to mentors. */
@MentorflowTest
class MatchingMenusTest {

    @Autowired MatchingMenus menus;
    @Autowired MatchRequestFixtures people;
    @Autowired AccountService accounts;
    @Autowired PersonNames names;

    @Test
    void findAMentorIsForThoseWhoWantAMentor() {
        String mentor = people.mentor("menu-mentor", 2).getUsername();
        String mentee = people.mentee("menu-mentee").getUsername();
        String undecided = TestPeople.participant(accounts, "menu-new").getUsername();

        assertThat(menus.offers(SuggestionsView.class, mentor)).as("a mentor only").isFalse();
        assertThat(menus.offers(SuggestionsView.class, mentee)).as("a mentee").isTrue();
        assertThat(menus.offers(SuggestionsView.class, undecided)).as("profile not done yet").isTrue();
        assertThat(menus.offers(MyRequestsView.class, mentor)).as("other views are not this audience's").isTrue();
    }

    @Test
    void theHeaderNamesThePersonByTheirDisplayName() {
        var person = people.mentee("menu-name");
        assertThat(names.displayNameOf(person.getUsername())).isEqualTo(person.getDisplayName()).isNotBlank();
        assertThat(names.displayNameOf("nobody-at-all")).isEqualTo("nobody-at-all");
    }
}
