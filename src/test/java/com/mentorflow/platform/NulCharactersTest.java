package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the service guard looks for a NUL character in a command's argument, and what it names. */
class NulCharactersTest {

    record Inner(String title, List<String> tags) {
    }

    record Command(String name, int size, Inner inner, Map<String, Object> extras) {
    }

    @Test
    void namesTheParameterTheRecordComponentOrTheMapKeyThatHoldsIt() {
        assertThat(NulCharacters.fieldIn("note", "a\u0000b")).contains("note");
        assertThat(NulCharacters.fieldIn("command", new Command("ok", 1, new Inner("fine", List.of("x", "y\u0000")), Map.of())))
                .contains("tags");
        assertThat(NulCharacters.fieldIn("command", new Command("ok", 1, null, Map.of("remark", "r\u0000")))).contains("remark");
        assertThat(NulCharacters.fieldIn("names", Set.of("a", "\u0000"))).contains("names");
        assertThat(NulCharacters.fieldIn("values", new Object[] {"a", 3, "\u0000"})).contains("values");
    }

    @Test
    void cleanInputAndOtherTypesPass() {
        assertThat(NulCharacters.fieldIn("command", new Command("ok", 1, new Inner("fine", List.of("x")), Map.of("k", 2))))
                .isEmpty();
        assertThat(NulCharacters.fieldIn("id", 42L)).isEmpty();
        assertThat(NulCharacters.fieldIn("nothing", null)).isEmpty();
        assertThat(NulCharacters.in("tab\tand newline\n are fine")).isFalse();
    }
}
