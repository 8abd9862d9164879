package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import com.mentorflow.journey.JourneyTimeline;
import com.mentorflow.people.Account;
import com.mentorflow.people.MilitaryBackground;
import com.mentorflow.people.ProfileAnswers;
import com.mentorflow.people.ProfileService;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskFormRegistry;
import com.mentorflow.people.Program;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The profile's promise: military background is seen by the person, their matched partner and the matching engine,
 * and by others only when the person chose so. Checked on every surface that could reveal it.
 */
@MentorflowTest
class MilitaryPrivacyTest {

    private static final String NOTE = "Hello, I would love to learn from you this year.";
    /** Anything that would reveal a background: branch, years, relation, or a shared one. */
    private static final String[] REVEALING = {"Army", "2012", "2020", "veteran", "Veteran", "military", "served", "reserves",
            "spouse"};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @Autowired TestMentorships people;
    @Autowired MentorSuggestions suggestions;
    @Autowired MatchRequests requests;
    @Autowired MatchRequestAnswers answers;
    @Autowired MatchReasons matchReasons;
    @Autowired MilitaryVisibility military;
    @Autowired ProfileService profiles;
    @Autowired TaskFormRegistry forms;
    @Autowired JourneyTimeline timeline;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;

    private static MilitaryBackground army(int leftIn) {
        return new MilitaryBackground(MilitaryBackground.Relation.VETERAN, "Army", 6, null, null, leftIn);
    }

    @Test
    void suggestionsSayNothingOfAMentorsBackgroundUnlessTheyChoseToShowIt() {
        Account mentee = people.newHireWithService("mil-seeker", false, army(2020), false);
        Account privateMentor = people.newHireWithService("mil-private", true, army(2012), false);
        Account openMentor = people.newHireWithService("mil-open", true, army(2012), true);
        // Bookmarked mentors come first, so both are among the suggestions whoever else is in the shared database.
        suggestions.bookmark(mentee.getUsername(), privateMentor.getId(), true);
        suggestions.bookmark(mentee.getUsername(), openMentor.getId(), true);

        List<Suggestion> ranked = suggestions.forMentee(mentee.getUsername(), Program.NEW_HIRE, 5);

        Suggestion hidden = ranked.stream().filter(s -> s.mentorAccountId() == privateMentor.getId()).findFirst().orElseThrow();
        Suggestion shown = ranked.stream().filter(s -> s.mentorAccountId() == openMentor.getId()).findFirst().orElseThrow();
        assertThat(hidden.score()).as("ranking still uses it").isEqualTo(shown.score());
        assertThat(String.join(" ", hidden.reasons().stream().map(MatchReason::english).toList())).doesNotContain(REVEALING);
        assertThat(shown.reasons()).extracting(MatchReason::english).contains("Also served in the Army", "Also a veteran");

        ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth(mentee.getUsername(), TestPeople.PASSWORD)
                .exchange("/api/suggestions?program=NEW_HIRE&limit=5", HttpMethod.GET, null, LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> hiddenJson = response.getBody().stream()
                .filter(s -> ((Number) s.get("mentorAccountId")).longValue() == privateMentor.getId()).findFirst().orElseThrow();
        Map<String, Object> shownJson = response.getBody().stream()
                .filter(s -> ((Number) s.get("mentorAccountId")).longValue() == openMentor.getId()).findFirst().orElseThrow();
        assertThat(hiddenJson.toString()).doesNotContain(REVEALING);
        assertThat(shownJson.get("reasons").toString()).contains("Also served in the Army");
    }

    @Test
    void aMentorReviewingARequestLearnsNothingOfTheMenteesBackgroundUntilTheyAreMatched() {
        Account mentee = people.newHireWithService("mil-asker", false, army(2020), false);
        Account mentor = people.newHireWithService("mil-reviewer", true, army(2012), true);

        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.NEW_HIRE, NOTE);

        MatchRequest request = requests.get(id);
        assertThat(request.getStatus()).isEqualTo(MatchRequest.Status.PENDING);
        assertThat(request.getReasons()).as("stored for the review form").isNotBlank().doesNotContain(REVEALING);
        assertThat(english(matchReasons.forMentor(request))).as("what the review form lists")
                .doesNotContain(REVEALING);
        assertThat(String.join("\n", jdbc.queryForList("select subject || ' ' || body from mentorflow.outbox_message "
                + "where recipient = ?", String.class, mentor.getEmail()))).as("the mail").contains(NOTE)
                .doesNotContain(REVEALING);
        assertThat(military.describeFor(mentor.getId(), mentee.getId())).isEmpty();
        String review = taskService.createTaskQuery().processDefinitionKey(MatchRequestProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(id)).singleResult().getId();
        assertThat(reviewFormText(review, id)).as("the review form itself").contains("Why you were suggested")
                .contains(NOTE).doesNotContain(REVEALING);

        answers.review(review, mentor.getUsername(), true, null, null);

        assertThat(military.describeFor(mentor.getId(), mentee.getId())).hasValue("Veteran · Army · 6 years served · left service in 2020");
        JourneyTimeline.Year year = timeline.of(mentor.getUsername()).get(0);
        assertThat(year.partnerMilitary()).as("the mentorship page, for the matched partner").contains("Army", "2020");
        assertThat(timeline.of(mentee.getUsername()).get(0).partnerMilitary()).contains("Army", "2012");
    }

    private static String english(java.util.List<MatchReason> reasons) {
        return String.join(" ", reasons.stream().map(MatchReason::english).toList());
    }

    /** Everything the mentor's "Review match request" form writes on the page. */
    private String reviewFormText(String taskId, long requestId) {
        com.vaadin.flow.component.Component form = forms.find(MatchRequestProcess.FORM_REVIEW).orElseThrow()
                .create(new InboxTask(taskId, "Review match request", "", java.time.Instant.now(), null,
                        MatchRequestProcess.FORM_REVIEW, MatchRequestProcess.PROCESS_KEY, Long.toString(requestId)), () -> { });
        return form.getElement().getTextRecursively();
    }

    @Test
    void aMenteeWhoChoseToShowItIsExplainedToTheMentor() {
        Account mentee = people.newHireWithService("mil-open-asker", false, army(2020), true);
        Account mentor = people.newHireWithService("mil-open-reviewer", true, army(2012), false);

        long id = requests.send(mentee.getUsername(), mentor.getId(), Program.NEW_HIRE, NOTE);

        assertThat(matchReasons.forMentor(requests.get(id))).extracting(MatchReason::english).contains("Also served in the Army");
        String review = taskService.createTaskQuery().processDefinitionKey(MatchRequestProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(id)).singleResult().getId();
        assertThat(reviewFormText(review, id)).contains("Also served in the Army");
        assertThat(military.describeFor(mentor.getId(), mentee.getId())).hasValueSatisfying(text -> assertThat(text).contains("Army"));
        assertThat(military.describeFor(mentee.getId(), mentor.getId())).as("the mentor keeps theirs private").isEmpty();

        ProfileAnswers now = profiles.current(mentee.getUsername());
        profiles.update(mentee.getUsername(), TestProfiles.from(now).showingMilitary(false).answers());

        assertThat(english(matchReasons.forMentor(requests.get(id))))
                .as("changed their mind: the waiting request no longer tells").doesNotContain(REVEALING);
        assertThat(military.describeFor(mentor.getId(), mentee.getId())).isEmpty();
    }
}
