package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import com.mentorflow.TestProfiles;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The onboarding task's form: it shows the profile so far, saves through the onboarding service and shows its refusals. */
class CompleteProfileFormTest {

    private static final Topics TOPICS = TwoTopics.TOPICS;
    private static final InboxTask TASK = new InboxTask("task-3", "Complete your mentoring profile", "Your mentoring profile",
            Instant.now(), null, OnboardingProcess.FORM_KEY, OnboardingProcess.PROCESS_KEY, "42");

    private final OnboardingService onboarding = mock(OnboardingService.class);
    private final AtomicInteger done = new AtomicInteger();
    private final ProfileAnswers sofar = TestProfiles.mentee().named("Sam").in(Program.NEW_HIRE).livingIn("Europe/Paris")
            .growingIn(3).answers();
    private Component form;

    @BeforeEach
    void open() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("sam", null, "ROLE_PARTICIPANT"));
        form = new CompleteProfileForm(TASK, sofar, TOPICS, onboarding, done::incrementAndGet);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void savingSendsTheProfileSoFarForThisTaskAndSaysDone() {
        assertThat(byId("profile-display-name", TextField.class).getValue()).isEqualTo("Sam");

        byId("profile-save", Button.class).click();

        ArgumentCaptor<ProfileAnswers> saved = ArgumentCaptor.forClass(ProfileAnswers.class);
        verify(onboarding).completeProfile(eq("task-3"), eq("sam"), saved.capture());
        assertThat(saved.getValue().validated(TOPICS.ids())).isEqualTo(sofar.validated(TOPICS.ids()));
        assertThat(done).hasValue(1);
    }

    @Test
    void aRefusedAnswerIsMarkedAtItsFieldAndTheTaskStaysOpen() {
        doThrow(new RejectedInputException("displayName", "Please give the name others see.")).when(onboarding)
                .completeProfile(eq("task-3"), eq("sam"), any());

        byId("profile-save", Button.class).click();

        TextField name = byId("profile-display-name", TextField.class);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Please give the name others see.");
        assertThat(done).hasValue(0);
    }

    @Test
    void aTaskThatChangedMeanwhileIsSaidAboveTheButtonAndTheTaskStaysOpen() {
        doThrow(new ConflictException("This task was completed in the meantime.")).when(onboarding)
                .completeProfile(eq("task-3"), eq("sam"), any());

        byId("profile-save", Button.class).click();

        Paragraph error = byId("profile-error", Paragraph.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("This task was completed in the meantime.");
        assertThat(done).hasValue(0);
    }

    private <T extends Component> T byId(String id, Class<T> type) {
        return descendants(form).filter(c -> c.getId().equals(Optional.of(id))).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no component with id " + id));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(CompleteProfileFormTest::descendants));
    }
}
