package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.people.Account;
import com.mentorflow.people.PreferredLanguages;
import com.mentorflow.people.Program;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 16 §2: a program manager's nudge reaches each person in their language; the manager's words stay as written. */
@MentorflowTest
@WithMockUser(username = "nudge-pm", roles = "PROGRAM_MANAGER")
class NudgeLanguagesTest {

    @Autowired AttentionLists lists;
    @Autowired TestMentorships pairs;
    @Autowired PreferredLanguages languages;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aSpanishMenteeReadsTheNudgeInSpanishAndAnEnglishMentorInEnglish() {
        TestMentorships.Matched quiet = pairs.matched("nudge-lang", Program.OPEN);
        languages.choose(quiet.mentee().getUsername(), Optional.of(Locale.forLanguageTag("es")));
        jdbc.update("update mentorflow.mentorship set started_at = started_at - interval '46 days' where id = ?", quiet.mentorshipId());
        AttentionLists.Item item = lists.page(AttentionLists.Kind.MENTORSHIPS, 0, Math.max(lists.count(AttentionLists.Kind.MENTORSHIPS), 1))
                .stream().filter(i -> i.id() == quiet.mentorshipId()).findFirst().orElseThrow();

        lists.nudge("nudge-pm", item, "How are the two of you getting on?");

        Map<String, Object> spanish = lastMailTo(quiet.mentee());
        assertThat(spanish.get("subject")).isEqualTo("Una nota de tu responsable del programa: Mentoría de "
                + quiet.mentee().getDisplayName() + " con " + quiet.mentor().getDisplayName());
        assertThat((String) spanish.get("body")).contains("How are the two of you getting on?",
                "(Mentorías con dos reuniones perdidas o ninguna en 45 días: ninguna reunión en 45 días)", "Abrir Mi mentoría")
                .doesNotContain("Open My mentorship", item.detail());
        Map<String, Object> english = lastMailTo(quiet.mentor());
        assertThat(english.get("subject")).isEqualTo("A note from your program manager: " + item.subject());
        assertThat((String) english.get("body")).contains("(Mentorships with two missed meetings or none in 45 days: ",
                "Open My mentorship");
    }

    private Map<String, Object> lastMailTo(Account person) {
        return jdbc.queryForMap("select subject, body from mentorflow.outbox_message where recipient = ? order by id desc limit 1",
                person.getEmail());
    }
}
