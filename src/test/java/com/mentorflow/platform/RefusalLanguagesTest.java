package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.people.Program;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refusal is made once, as a key and arguments, and read in the reader's language; English when there is none. */
class RefusalLanguagesTest {

    @Test
    void aRefusalReadsSpanishAndGermanInThoseLanguagesAndEnglishByDefault() {
        NotPermittedException refusal = new NotPermittedException(Sentence.of("platform.refusal.signInFirst"));

        assertThat(refusal.message(Languages.SPANISH)).isEqualTo("Primero inicia sesión.");
        assertThat(refusal.message(Languages.GERMAN)).isEqualTo("Bitte melden Sie sich zuerst an.");
        assertThat(refusal.message(null)).isEqualTo("Please sign in first.");
        assertThat(refusal.message(Locale.JAPANESE)).as("a language that is not ours").isEqualTo("Please sign in first.");
        assertThat(refusal.getMessage()).as("what logs read").isEqualTo("Please sign in first.");
    }

    @Test
    void refusedInputSaysEachFieldInTheLanguageWithItsNumbersFilledIn() {
        RejectedInputException refusal = refused(new RejectedInputException.Collector()
                .check(false, "limit", Sentence.of("tasks.refusal.limitRange", 200))
                .check(true, "offset", Sentence.of("tasks.refusal.offsetNegative")));

        assertThat(refusal.problems(Languages.SPANISH)).containsExactlyEntriesOf(
                java.util.Map.of("limit", "limit debe estar entre 1 y 200."));
        assertThat(refusal.problems(Languages.GERMAN)).containsEntry("limit", "limit muss zwischen 1 und 200 liegen.");
        assertThat(refusal.problems()).containsEntry("limit", "limit must be between 1 and 200.");
        assertThat(refusal.getMessage()).isEqualTo("limit: limit must be between 1 and 200.");
    }

    @Test
    void aNameInsideARefusalIsSaidInTheSameLanguage() {
        ConflictException refusal = new ConflictException(
                Sentence.of("matching.refusal.hasMentorIn", Program.NEW_HIRE.spokenName()));

        assertThat(refusal.message(Languages.SPANISH))
                .isEqualTo("Ya tienes mentor en el programa «Programa del primer año para nuevas incorporaciones».");
        assertThat(refusal.getMessage()).isEqualTo("You already have a mentor in the New-hire year-one program.");
    }

    @Test
    void wordsWithoutAKeyStayAsTheyAre() {
        assertThat(new ConflictException("Ya cambió.").message(Languages.GERMAN)).isEqualTo("Ya cambió.");
        assertThat(new RejectedInputException("vote", "Elige una opción.").problems(Languages.HINDI))
                .containsEntry("vote", "Elige una opción.");
    }

    @Test
    void aViewShowsTheRefusalInItsReadersLanguageAndNothingWhenTheCommandWentThrough() {
        Runnable refused = () -> {
            throw new NotFoundException(Sentence.of("tasks.refusal.noSuchTask"));
        };

        assertThat(Refusals.run(refused, Languages.GERMAN)).contains("Diese Aufgabe gibt es nicht.");
        assertThat(Refusals.run(refused)).as("no UI: English").contains("There is no such task.");
        assertThat(Refusals.run(() -> { }, Languages.GERMAN)).isEmpty();
    }

    private static RejectedInputException refused(RejectedInputException.Collector collector) {
        try {
            collector.throwIfAny();
        } catch (RejectedInputException e) {
            return e;
        }
        throw new AssertionError("the collector refused nothing");
    }
}
