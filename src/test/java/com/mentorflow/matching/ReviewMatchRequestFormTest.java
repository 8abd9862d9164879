package com.mentorflow.matching;

import static com.mentorflow.matching.FormParts.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** The mentor's review form on its own: services stubbed, no Spring, no engine. */
class ReviewMatchRequestFormTest {

    static final long REQUEST = 42;
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    final MatchRequests requests = mock(MatchRequests.class);
    final MatchRequestAnswers answers = mock(MatchRequestAnswers.class);
    final MatchReasons reasons = mock(MatchReasons.class);
    final ParticipantDirectory directory = mock(ParticipantDirectory.class);
    final Topics topics = mock(Topics.class);
    final ReaderZones zones = new ReaderZones() {
        @Override
        public ZoneId zoneOf(String username) {
            return ZoneOffset.UTC;
        }

        @Override
        public ZoneId zoneOf(long accountId) {
            return ZoneOffset.UTC;
        }
    };
    final AtomicInteger done = new AtomicInteger();
    Component form;

    @BeforeEach
    void openTheForm() {
        MatchRequest request = new MatchRequest(1, 2, Program.OPEN, "I would love your advice on my first year.", 12, 87,
                "Same goals", NOW);
        request.openForReview(NOW.plusSeconds(14 * 86400), NOW);
        when(requests.get(REQUEST)).thenReturn(request);
        ParticipantFacts mentee = mock(ParticipantFacts.class);
        when(mentee.displayName()).thenReturn("Ana Mentee");
        when(mentee.role()).thenReturn("Engineer");
        when(mentee.site()).thenReturn("Dublin");
        when(mentee.goalTopics()).thenReturn(Set.of(3));
        when(directory.find(1)).thenReturn(Optional.of(mentee));
        when(topics.name(eq(3), any())).thenReturn("Public speaking");
        when(reasons.forMentor(request)).thenReturn(List.of(MatchReason.asWritten("You both work on payments")));
        FormParts.signIn("mentor-bo");
        form = new ReviewMatchRequestForm(requests, answers, reasons, directory, topics, zones)
                .create(FormParts.task(MatchRequestProcess.FORM_REVIEW, REQUEST), done::incrementAndGet);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void showsWhoAsksWhyTheyWereSuggestedAndWhenItExpires() {
        assertThat(form.getElement().getTextRecursively()).contains("Ana Mentee", "Engineer · Dublin",
                "Wants to grow in: Public speaking", "Why you were suggested (87% match):", "You both work on payments",
                "I would love your advice on my first year.", "12 months (Open mentoring)", "if you do not answer");
    }

    @Test
    void acceptCompletesTheTaskFromTheInboxAsTheSignedInMentor() {
        ((Button) byId(form, "review-accept")).click();

        verify(answers).review("task-7", "mentor-bo", true, null, null);
        assertThat(done).hasValue(1);
        assertThat(((Button) byId(form, "review-decline")).isEnabled()).as("no second answer").isFalse();
    }

    @Test
    void declinePassesTheReasonAndTheWordForTheMentee() {
        Select<DeclineReason> reason = byId(form, "review-decline-reason");
        reason.setValue(DeclineReason.NO_TIME);
        TextArea text = byId(form, "review-decline-text");
        text.setValue("Try again in spring!");

        ((Button) byId(form, "review-decline")).click();

        verify(answers).review("task-7", "mentor-bo", false, DeclineReason.NO_TIME, "Try again in spring!");
        assertThat(done).hasValue(1);
    }

    @Test
    void aRefusalIsShownAndTheButtonsComeBack() {
        doThrow(new RejectedInputException("reason", "Please tell the mentee why: choose a reason."))
                .when(answers).review(anyString(), anyString(), eq(false), isNull(), any());

        ((Button) byId(form, "review-decline")).click();

        Paragraph error = byId(form, "task-form-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Please tell the mentee why: choose a reason.");
        assertThat(done).hasValue(0);
        assertThat(((Button) byId(form, "review-accept")).isEnabled()).isTrue();
        assertThat(((Button) byId(form, "review-decline")).isEnabled()).isTrue();
    }
}
