package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.platform.Languages;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 16 §2: the language a person chose is the one mail will speak; without a choice, English. */
@MentorflowTest
class PreferredLanguagesTest {

    @Autowired PreferredLanguages languages;
    @Autowired AccountService accounts;
    @Autowired PersonalDataExport export;
    @Autowired AccountErasure erasure;

    @Test
    void aChosenLanguageIsThePersonsUntilTheyGoBackToTheirBrowsers() {
        Account person = TestPeople.participant(accounts, "hablante");
        assertThat(languages.chosenBy(person.getUsername())).isEmpty();
        assertThat(languages.languageOf(person.getId())).as("no choice: English").isEqualTo(Languages.ENGLISH);

        languages.choose(person.getUsername(), Optional.of(Languages.HINDI));
        assertThat(languages.chosenBy(person.getUsername())).contains(Languages.HINDI);
        assertThat(languages.languageOf(person.getId())).isEqualTo(Languages.HINDI);
        assertThat(export.export(person.getUsername())).containsEntry("language", Map.of("preferredLanguage", "hi"));

        languages.choose(person.getUsername(), Optional.empty());
        assertThat(languages.chosenBy(person.getUsername())).isEmpty();
        assertThat(languages.languageOf(person.getId())).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void erasingTheAccountForgetsTheChoice() {
        Account person = TestPeople.participant(accounts, "vergessen");
        languages.choose(person.getUsername(), Optional.of(Languages.GERMAN));
        erasure.erase(person.getUsername());
        assertThat(languages.languageOf(person.getId())).isEqualTo(Languages.ENGLISH);
    }
}
