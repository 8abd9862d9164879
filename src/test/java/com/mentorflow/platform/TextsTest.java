package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts in the reader's language: plurals and numbers by language, English where a language is not ours. */
class TextsTest {

    @Test
    void aTextReadsInTheReadersLanguage() {
        assertThat(Texts.text(Languages.SPANISH, "tasks.inbox.title")).isEqualTo("Mis tareas");
        assertThat(Texts.text(Languages.GERMAN, "tasks.inbox.title")).isEqualTo("Meine Aufgaben");
        assertThat(Texts.text(Languages.HINDI, "tasks.inbox.title")).isEqualTo("मेरे कार्य");
        assertThat(Texts.text(Locale.forLanguageTag("es-MX"), "tasks.inbox.title")).as("any Spanish").isEqualTo("Mis tareas");
    }

    @Test
    void aLanguageMentorflowDoesNotSpeakReadsEnglish() {
        assertThat(Texts.text(Locale.FRENCH, "tasks.inbox.title")).isEqualTo("My tasks");
        assertThat(Texts.text(null, "tasks.inbox.title")).isEqualTo("My tasks");
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(Texts.text(Languages.GERMAN, "tasks.inbox.openTask", "Profil ausfüllen")).isEqualTo("Aufgabe Profil ausfüllen öffnen");
        assertThat(Texts.text(Languages.HINDI, "platform.times.partnerClock", "10:00", "Chicago")).isEqualTo("Chicago में 10:00");
    }

    @Test
    void anApostropheWrittenTwiceReadsOnce() {
        assertThat(Texts.text(Languages.ENGLISH, "people.profile.language.browser")).isEqualTo("Browser's language");
    }

    @Test
    void aKeyNoBundleHasReadsAsItselfInsteadOfFailingThePage() {
        assertThat(Texts.text(Languages.SPANISH, "tasks.no.such.key")).isEqualTo("tasks.no.such.key");
    }

    @Test
    void aPluralReadsAsTheLanguageSaysIt() {
        assertThat(Texts.text(Languages.ENGLISH, "platform.signIn.paused", 1L)).endsWith("Try again in 1 second.");
        assertThat(Texts.text(Languages.ENGLISH, "platform.signIn.paused", 30L)).endsWith("Try again in 30 seconds.");
        assertThat(Texts.text(Languages.SPANISH, "platform.signIn.paused", 1L)).endsWith("dentro de 1 segundo.");
        assertThat(Texts.text(Languages.GERMAN, "platform.signIn.paused", 90L)).contains("in 90 Sekunden noch einmal");
    }

    /** The bundles' own pattern language: the JDK's MessageFormat with a choice for plurals, numbers by locale. */
    @Test
    void pluralsAndNumbersFollowTheLanguage() {
        String meetings = "{0,choice,0#no meetings|1#one meeting|1<{0,number,integer} meetings}";
        assertThat(new java.text.MessageFormat(meetings, Languages.ENGLISH).format(new Object[] {0})).isEqualTo("no meetings");
        assertThat(new java.text.MessageFormat(meetings, Languages.ENGLISH).format(new Object[] {1})).isEqualTo("one meeting");
        assertThat(new java.text.MessageFormat(meetings, Languages.GERMAN).format(new Object[] {1200})).isEqualTo("1.200 meetings");
        assertThat(new java.text.MessageFormat(meetings, Languages.ENGLISH).format(new Object[] {1200})).isEqualTo("1,200 meetings");
    }
}
