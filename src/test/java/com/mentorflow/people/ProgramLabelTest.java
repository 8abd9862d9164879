package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 16 §2: a program's name reads in the reader's language; label() stays English for logs and audit entries. */
class ProgramLabelTest {

    @Test
    void aProgramReadsInTheReadersLanguage() {
        assertThat(Program.NEW_HIRE.label(Locale.GERMAN)).isEqualTo("Programm für das erste Jahr neuer Mitarbeitender");
        assertThat(Program.OPEN.label(Locale.forLanguageTag("es"))).isEqualTo("Mentoría abierta");
        assertThat(Program.CIRCLES.label(Locale.forLanguageTag("hi"))).isEqualTo("सर्कल");
    }

    @Test
    void englishIsTheNameItHadBeforeAndTheFallback() {
        for (Program program : Program.values()) {
            assertThat(program.label(Locale.ENGLISH)).isEqualTo(program.label());
            assertThat(program.label(null)).as("no reader: English").isEqualTo(program.label());
            assertThat(program.label(Locale.JAPANESE)).as("not one of ours: English").isEqualTo(program.label());
        }
    }
}
