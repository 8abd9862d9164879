package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.*;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewJoinRequestFormTest {

    final JoinReviews reviews = mock(JoinReviews.class);
    final CircleDirectory directory = mock(CircleDirectory.class);
    final ParticipantDirectory people = mock(ParticipantDirectory.class);
    final AtomicInteger done = new AtomicInteger();
    Component form;

    @BeforeEach
    void open() {
        signIn("mona");
        CircleMembership request = mock(CircleMembership.class);
        when(request.getId()).thenReturn(7L);
        when(request.getAccountId()).thenReturn(42L);
        when(request.getRole()).thenReturn(Role.ADVISOR);
        when(reviews.request(TASK_ID)).thenReturn(request);
        when(reviews.warningsFor(eq(7L), any())).thenReturn(List.of("Ada would be advisor number 3."));
        ParticipantFacts ada = mock(ParticipantFacts.class);
        when(ada.displayName()).thenReturn("Ada");
        when(ada.role()).thenReturn("L7 engineer");
        when(people.find(42L)).thenReturn(Optional.of(ada));
        when(directory.summary(CIRCLE_ID)).thenReturn(circle(0, CircleStatus.RECRUITING));
        form = new ReviewJoinRequestForm(reviews, directory, people).create(task(CircleProcess.FORM_REVIEW_JOIN), done::incrementAndGet);
    }

    @AfterEach
    void close() {
        signOut();
    }

    @Test
    void approvingAnywayCarriesTheOverride() {
        assertThat(has(form, "join-warnings")).isTrue();
        find(form, "join-override", Checkbox.class).setValue(true);
        find(form, "join-approve", Button.class).click();
        verify(reviews).decideJoinRequest(TASK_ID, "mona", true, null, true);
        assertThat(done).hasValue(1);
    }

    @Test
    void decliningSendsTheReasonAndARefusalIsShown() {
        doThrow(new RejectedInputException("reason", "Please tell them why (5 to 1000 characters).")).when(reviews)
                .decideJoinRequest(TASK_ID, "mona", false, "no", false);
        find(form, "join-decline-reason", TextArea.class).setValue("no");
        Button decline = find(form, "join-decline", Button.class);
        decline.click();
        assertThat(refusal(form)).isEqualTo("Please tell them why (5 to 1000 characters).");
        assertThat(decline.isEnabled()).isTrue();

        find(form, "join-decline-reason", TextArea.class).setValue("We are full for this term.");
        decline.click();
        verify(reviews).decideJoinRequest(TASK_ID, "mona", false, "We are full for this term.", false);
        assertThat(done).hasValue(1);
    }
}
