package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.RejectedInputException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** A module translated by an admin reads in that language; every other language reads the English text. */
@MentorflowTest
@WithMockUser(username = "translation-admin", roles = "ADMIN")
class ModuleTranslationsTest {

    private static final String ITEMS = "Escribe una descripción de una página de tu ámbito\n"
            + "Elige un problema sin dueño y propón un primer paso\nAcuerda con tu responsable qué dejarás de hacer";

    @Autowired ModuleTranslations translations;
    @Autowired JourneyModules modules;

    @AfterEach
    void removeTranslations() {
        for (var language : translations.of(3).keySet()) {
            translations.remove(3, language, "translation-admin");
        }
    }

    @Test
    void aSpanishReaderReadsTheTranslationAndAGermanReaderWithoutOneReadsEnglish() {
        translations.save(3, Languages.SPANISH, " Responsabilidad y ámbito ", "Asumir responsabilidad sin una orden.",
                ITEMS, "", "Pregunta cómo decide tu mentee qué no hacer.", "translation-admin");

        LearningModule spanish = modules.module(3, Languages.SPANISH);
        assertThat(spanish.title()).isEqualTo("Responsabilidad y ámbito");
        assertThat(spanish.actionItems()).hasSize(3);
        assertThat(spanish.actionItems().get(0)).startsWith("Escribe");
        assertThat(spanish.mentorInsight()).startsWith("Pregunta");
        assertThat(spanish.resources()).as("no translated resources: the English ones")
                .isEqualTo(modules.module(3).resources());
        assertThat(spanish.releaseMonth()).isEqualTo(modules.module(3).releaseMonth());
        assertThat(modules.module(3, Languages.GERMAN)).isEqualTo(modules.module(3));
        assertThat(modules.module(3, null)).isEqualTo(modules.module(3));
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsWritten() {
        assertThatThrownBy(() -> translations.save(3, Languages.HINDI, "", "Summary", "Only one item", "podcast|x", " ",
                "translation-admin"))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems())
                        .containsKeys("title", "actionItems", "resources", "mentorInsight")
                        .containsEntry("actionItems", "Translate each of the 3 action items, one per line, in the English order."));
        assertThatThrownBy(() -> translations.save(3, Languages.ENGLISH, "Title", "Summary", ITEMS, "", "Insight",
                "translation-admin"))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("language"));
        assertThatThrownBy(() -> translations.remove(3, Languages.GERMAN, "translation-admin"))
                .isInstanceOf(RejectedInputException.class);

        assertThat(translations.of(3)).isEmpty();
        assertThat(modules.module(3, Languages.HINDI)).isEqualTo(modules.module(3));
    }

    @Test
    void aGermanAdminReadsTheRefusalInGermanWithTheModulesNumbersFilledIn() {
        assertThatThrownBy(() -> translations.save(3, Languages.GERMAN, "Verantwortung", "Verantwortung übernehmen.",
                "Nur eine Aufgabe", "", "Fragen Sie.", "translation-admin"))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems(Languages.GERMAN))
                        .containsExactlyEntriesOf(Map.of("actionItems",
                                "Übersetzen Sie jede der 3 Aufgaben, eine pro Zeile, in der englischen Reihenfolge.")));
        assertThatThrownBy(() -> translations.remove(3, Languages.HINDI, "translation-admin"))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems(Languages.HINDI))
                        .containsEntry("language", "मॉड्यूल 3 का उस भाषा में कोई अनुवाद नहीं है।"));
    }

    @Test
    void aRemovedTranslationReadsEnglishAgain() {
        translations.save(3, Languages.GERMAN, "Verantwortung", "Verantwortung übernehmen.", ITEMS, "", "Fragen Sie.",
                "translation-admin");
        translations.remove(3, Languages.GERMAN, "translation-admin");

        assertThat(modules.module(3, Languages.GERMAN).title()).isEqualTo(modules.module(3).title());
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void participantsCannotTranslate() {
        assertThatThrownBy(() -> translations.save(3, Languages.SPANISH, "T", "S", ITEMS, "", "I", "someone"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
