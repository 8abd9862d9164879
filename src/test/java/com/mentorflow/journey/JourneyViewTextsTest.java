package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.people.ProfileAnswers;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 15 §6: before the first mentorship, each side reads what comes first for them. */
class JourneyViewTextsTest {

    @Test
    void aMentorIsNotSentToFindAMentor() {
        String text = JourneyView.nothingYet(ProfileAnswers.minimal("Ben", true, false, false, "Europe/Berlin", true), Locale.ENGLISH);

        assertThat(text).doesNotContain("Find a mentor").contains("When a mentee asks you to be their mentor")
                .contains("My tasks");
    }

    @Test
    void aMenteeIsSentToFindAMentor() {
        String text = JourneyView.nothingYet(ProfileAnswers.minimal("Ana", false, true, false, "Europe/Berlin", true), Locale.ENGLISH);

        assertThat(text).contains("Find a mentor shows who fits you").doesNotContain("asks you to be their mentor");
    }

    @Test
    void someoneOnBothSidesReadsBoth() {
        assertThat(JourneyView.nothingYet(ProfileAnswers.minimal("Cy", true, true, false, "Europe/Berlin", true), Locale.ENGLISH))
                .contains("Find a mentor shows who fits you", "When a mentee asks you to be their mentor");
    }

    @Test
    void aSpanishMentorReadsWhereTheRequestComesInSpanish() {
        assertThat(JourneyView.nothingYet(ProfileAnswers.minimal("Ben", true, false, false, "Europe/Berlin", true),
                Locale.forLanguageTag("es"))).contains("Mis tareas").doesNotContain("My tasks");
    }
}
