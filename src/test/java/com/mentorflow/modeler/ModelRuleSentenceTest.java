package com.mentorflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.platform.Sentence;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A model's problem is kept as a key and arguments, so each admin reads it in their language (issue 16 §2). */
class ModelRuleSentenceTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aTimerThatFiresTooOftenReadsInTheAdminsLanguageWithItsIntervalsInside() {
        ModelProblem problem = new ModelProblem("Timer_1", "modeler.rule.timer.tooOften.cycle", "R/PT5M", "",
                TimerCheck.every(Duration.ofMinutes(5)), TimerCheck.every(Duration.ofHours(1)));

        assertThat(problem.toString()).isEqualTo("Timer_1: The timer \"R/PT5M\" fires every 5 minutes; a repeating timer may "
                + "fire at most once every hour (mentorflow.models.shortest-timer-cycle).");
        assertThat(problem.in(Locale.GERMAN)).isEqualTo("Timer_1: Der Timer „R/PT5M“ löst alle 5 Minuten aus; ein wiederholender "
                + "Timer darf höchstens einmal jede Stunde auslösen (mentorflow.models.shortest-timer-cycle).");
        assertThat(problem.in(SPANISH)).contains("se dispara cada 5 minutos", "una vez cada hora");
    }

    @Test
    void aSizeReadsWithTheLanguagesDecimalSeparator() {
        Sentence tooLarge = Sentence.of("modeler.rule.tooLarge", 2.1, 2);

        assertThat(tooLarge.toString()).isEqualTo("The model is 2.1 MB; models may be at most 2 MB.");
        assertThat(tooLarge.in(Locale.GERMAN)).isEqualTo("Das Modell ist 2,1 MB groß; Modelle dürfen höchstens 2 MB groß sein.");
    }
}
