package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.platform.Languages;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A topic a later migration adds without a text still reads, by the table's name, in every language. */
class TopicFallbackTest {

    private final Topics topics = new Topics(null) {
        @Override
        public Map<Integer, String> all() {
            return Map.of(1, "Career growth", 999, "Underwater basket weaving");
        }
    };

    @Test
    void aTopicWithoutATextReadsByItsName() {
        assertThat(topics.name(999, Languages.SPANISH)).isEqualTo("Underwater basket weaving");
        assertThat(topics.spoken(999)).isEqualTo("Underwater basket weaving");
        assertThat(Topics.read(topics.spoken(999), Languages.GERMAN)).isEqualTo("Underwater basket weaving");
        assertThat(topics.name(1, Languages.SPANISH)).isEqualTo("Crecimiento profesional");
    }
}
