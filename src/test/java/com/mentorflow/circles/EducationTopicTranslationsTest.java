package com.mentorflow.circles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A topic translated by an admin reads in that language; every other language reads the English topic. */
@MentorflowTest
@WithMockUser(username = "topic-admin", roles = "ADMIN")
class EducationTopicTranslationsTest {

    @Autowired EducationTopicTranslations translations;
    @Autowired EducationTopics topics;

    private long negotiation() {
        return topics.all().stream().filter(t -> t.title().equals("Negotiation basics")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void removeTranslations() {
        for (var language : translations.of(negotiation()).keySet()) {
            translations.remove("topic-admin", negotiation(), language);
        }
    }

    @Test
    void aSpanishReaderReadsTheTranslationAndAGermanReaderWithoutOneReadsEnglish() {
        translations.save("topic-admin", negotiation(), Languages.SPANISH, " Negociación básica ",
                "Intereses, opciones y saber retirarse.");

        assertThat(topics.title(negotiation(), Languages.SPANISH)).isEqualTo("Negociación básica");
        assertThat(topics.active(Languages.SPANISH)).extracting(EducationTopics.EducationTopic::title)
                .contains("Negociación básica", "Influence without authority").doesNotContain("Negotiation basics");
        assertThat(topics.title(negotiation(), Languages.GERMAN)).isEqualTo("Negotiation basics");
        assertThat(topics.active(Languages.GERMAN)).isEqualTo(topics.active());
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsWritten() {
        assertThatThrownBy(() -> translations.save("topic-admin", negotiation(), Languages.HINDI, "x", "short"))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems())
                        .containsEntry("title", "Give the topic a title of 3 to 120 characters.")
                        .containsEntry("description", "Describe the topic in 10 to 1000 characters."));
        assertThatThrownBy(() -> translations.save("topic-admin", negotiation(), Languages.ENGLISH, "Negotiation",
                "Interests and options."))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("language"));
        assertThatThrownBy(() -> translations.save("topic-admin", 999_999, Languages.HINDI, "बातचीत", "बातचीत की बुनियादी बातें।"))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("topic"));

        assertThat(translations.of(negotiation())).isEmpty();
        assertThat(topics.title(negotiation(), Languages.HINDI)).isEqualTo("Negotiation basics");
    }

    @Test
    void aSpanishAdminReadsTheRefusalInSpanish() {
        assertThatThrownBy(() -> translations.save("topic-admin", negotiation(), Languages.ENGLISH, "Negotiation",
                "Interests and options."))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems(Languages.SPANISH))
                        .containsEntry("language", "Elige español, alemán o hindi: el inglés es el texto propio del tema."));
        assertThatThrownBy(() -> translations.remove("topic-admin", negotiation(), Languages.GERMAN))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.problems(Languages.SPANISH))
                        .containsEntry("language", "El tema no tiene traducción a ese idioma."));
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void participantsCannotTranslate() {
        assertThatThrownBy(() -> translations.save("someone", negotiation(), Languages.SPANISH, "Negociación",
                "Intereses y opciones."))
                .isInstanceOf(NotPermittedException.class);
    }
}
