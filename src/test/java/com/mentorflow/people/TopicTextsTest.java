package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.Texts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 16 §2: every topic the migrations keep has a text in i18n/people-topics whose English is the table's name. */
@MentorflowTest
class TopicTextsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Topics topics;

    @Test
    void everyTopicRowHasAnEnglishTextThatIsItsName() {
        Map<Integer, String> rows = new java.util.LinkedHashMap<>();
        jdbc.query("select id, name from mentorflow.topic", row -> {
            rows.put(row.getInt("id"), row.getString("name"));
        });

        assertThat(rows).isNotEmpty();
        rows.forEach((id, name) -> assertThat(Texts.text(Languages.ENGLISH, Topics.KEY_PREFIX + id))
                .as("people.topic.%d in i18n/people-topics.properties", id).isEqualTo(name));
    }

    @Test
    void aSpanishReaderReadsSpanishTopicsWhileTheApiKeepsEnglish() {
        assertThat(topics.name(1, Languages.SPANISH)).isEqualTo("Crecimiento profesional");
        assertThat(topics.all(Languages.GERMAN)).containsEntry(2, "Führung");
        assertThat(topics.name(1)).isEqualTo("Career growth");
        assertThat(topics.all()).containsEntry(1, "Career growth");
        assertThat(topics.spoken(1)).isEqualTo("people.topic.1");
        assertThat(Topics.read(topics.spoken(1), Languages.HINDI)).isEqualTo("करियर में आगे बढ़ना");
    }
}
