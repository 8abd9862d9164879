package com.mentorflow.circles;

import com.mentorflow.platform.Translation;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An education topic's title and description in one language other than English (table education_topic_translation). */
@Entity
@Table(name = "education_topic_translation")
class EducationTopicTranslation extends Translation<EducationTopicTranslation.Key> {

    /** Which topic, in which language ("es", "de", "hi"). */
    @Embeddable
    static class Key implements Serializable {
        private long topicId;
        private String language;

        protected Key() {
        }

        Key(long topicId, String language) {
            this.topicId = topicId;
            this.language = language;
        }

        long topicId() {
            return topicId;
        }

        String language() {
            return language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.topicId == topicId && Objects.equals(key.language, language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(topicId, language);
        }
    }

    private String description;

    protected EducationTopicTranslation() {
    }

    EducationTopicTranslation(Key key) {
        super(key);
    }

    void change(String title, String description) {
        retitle(title);
        this.description = description;
    }

    String description() {
        return description;
    }
}
