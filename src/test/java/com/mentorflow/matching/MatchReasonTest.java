package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mentorflow.platform.Languages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A match reason is a key and its arguments: each reader reads it in their language, a request keeps it neutral. */
class MatchReasonTest {

    @Test
    void aReasonReadsInTheReadersLanguageWithItsPlural() {
        assertThat(MatchReason.of(MatchReason.LEVELS_ABOVE, 2).in(Languages.SPANISH)).isEqualTo("2 niveles por encima de ti");
        assertThat(MatchReason.of(MatchReason.LEVELS_ABOVE, 1).in(Languages.GERMAN)).isEqualTo("1 Ebene über Ihnen");
        assertThat(MatchReason.of(MatchReason.LEVELS_ABOVE, 1).english()).isEqualTo("1 level above you");
        assertThat(MatchReason.of(MatchReason.TENURE, 12).in(Languages.HINDI)).isEqualTo("कंपनी में 12 साल");
    }

    @Test
    void aYearHasNoThousandsSeparator() {
        assertThat(MatchReason.of(MatchReason.TRANSITION, 2012).in(Languages.GERMAN))
                .isEqualTo("Hat das Militär 2012 verlassen und den Wechsel ins zivile Berufsleben geschafft");
    }

    @Test
    void languagesAreNamedInTheReadersLanguageAndListedAsASentence() {
        MatchReason languages = new MatchReason(MatchReason.LANGUAGES, List.of("de", "es"));
        assertThat(languages.english()).isEqualTo("Also speaks German and Spanish");
        assertThat(languages.in(Languages.SPANISH)).isEqualTo("También habla alemán y español");
        assertThat(new MatchReason(MatchReason.GOALS, List.of("A", "B", "C")).in(Languages.GERMAN))
                .isEqualTo("Kann helfen bei: A, B und C");
    }

    @Test
    void topicsKeptByTheirKeysReadInTheReadersLanguageAndOlderNamesAsWritten() {
        MatchReason goals = new MatchReason(MatchReason.GOALS, List.of("people.topic.1", "people.topic.2"));
        assertThat(goals.in(Languages.SPANISH)).isEqualTo("Puede ayudar con Crecimiento profesional y Liderazgo");
        assertThat(goals.english()).isEqualTo("Can help with Career growth and Leadership");
        assertThat(MatchReason.read(MatchReason.stored(List.of(goals))).get(0).in(Languages.GERMAN))
                .isEqualTo("Kann helfen bei: Berufliche Entwicklung und Führung");
        assertThat(new MatchReason(MatchReason.GOALS, List.of("Leadership")).in(Languages.SPANISH))
                .as("a request stored before topics had keys").isEqualTo("Puede ayudar con Leadership");
    }

    @Test
    void aRequestStoresReasonsWithoutLanguageAndReadsThemBack() {
        List<MatchReason> reasons = List.of(MatchReason.of(MatchReason.SAME_TIME_ZONE),
                MatchReason.of(MatchReason.JOB_FAMILY, "Data \"and\" AI\nteam"),
                new MatchReason(MatchReason.GOALS, List.of("Leadership", "Public speaking")));

        String stored = MatchReason.stored(reasons);

        assertThat(stored.lines()).hasSize(3).allMatch(line -> line.startsWith("[\"matching.reason."));
        assertThat(MatchReason.read(stored)).isEqualTo(reasons);
        assertThat(MatchReason.read(null)).isEmpty();
    }

    @Test
    void anOlderRequestsEnglishReasonsReadAsWrittenInEveryLanguage() {
        List<MatchReason> old = MatchReason.read("Also a veteran\nSame business line");

        assertThat(old).extracting(reason -> reason.in(Languages.SPANISH)).containsExactly("Also a veteran", "Same business line");
        assertThat(old).extracting(MatchReason::revealsMilitary).containsExactly(true, false);
        assertThat(MatchReason.of(MatchReason.VETERAN).revealsMilitary()).isTrue();
        assertThat(MatchReason.of(MatchReason.BUSINESS_LINE).revealsMilitary()).isFalse();
    }

    @Test
    void theApiSaysAReasonInEnglish() throws Exception {
        assertThat(new ObjectMapper().writeValueAsString(List.of(MatchReason.of(MatchReason.HOURS_APART, 3))))
                .isEqualTo("[\"3 hours time difference\"]");
    }
}
