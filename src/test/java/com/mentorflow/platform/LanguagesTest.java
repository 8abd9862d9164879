package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which of the four languages a browser gets, and how each names itself. */
class LanguagesTest {

    @Test
    void theBrowsersMostPreferredLanguageThatIsOursWins() {
        assertThat(Languages.fromAcceptLanguage("es-MX,es;q=0.9,en;q=0.8")).isEqualTo(Languages.SPANISH);
        assertThat(Languages.fromAcceptLanguage("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7")).isEqualTo(Languages.GERMAN);
        assertThat(Languages.fromAcceptLanguage("en;q=0.5,hi-IN")).as("by weight, not order").isEqualTo(Languages.HINDI);
        assertThat(Languages.fromAcceptLanguage("de-AT")).isEqualTo(Languages.GERMAN);
    }

    @Test
    void aBrowserWithNoneOfOursOrNoHeaderReadsEnglish() {
        assertThat(Languages.fromAcceptLanguage("fr-FR,fr;q=0.9")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("es;q=0,fr")).as("q=0 means not Spanish").isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("*")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromAcceptLanguage(";;q=x")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("es-ES,es;q=0.9;q=0.9")).as("malformed, read as listed").isEqualTo(Languages.SPANISH);
    }

    @Test
    void anyLocaleReadsAsOneOfOurs() {
        assertThat(Languages.supported(Locale.US)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.supported(Locale.forLanguageTag("es-AR"))).isEqualTo(Languages.SPANISH);
        assertThat(Languages.supported(Locale.JAPANESE)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.byTag("")).isEmpty();
        assertThat(Languages.byTag("hi")).contains(Languages.HINDI);
    }

    @Test
    void eachLanguageNamesItselfInItsOwnWords() {
        assertThat(Languages.ALL.stream().map(Languages::nativeName)).containsExactly("English", "Español", "Deutsch", "हिन्दी");
    }
}
