package com.mentorflow.journey;

import com.mentorflow.platform.Translation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A year-one module's texts in one language other than English, the base text (table learning_module_translation). */
@Entity
@Table(name = "learning_module_translation")
class ModuleTranslation extends Translation<ModuleTranslation.Key> {

    /** Which module, in which language ("es", "de", "hi"). */
    @Embeddable
    static class Key implements Serializable {
        @Column(name = "module_number")
        private short moduleNumber;
        private String language;

        protected Key() {
        }

        Key(int moduleNumber, String language) {
            this.moduleNumber = (short) moduleNumber;
            this.language = language;
        }

        int moduleNumber() {
            return moduleNumber;
        }

        String language() {
            return language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.moduleNumber == moduleNumber && Objects.equals(key.language, language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(moduleNumber, language);
        }
    }

    private String summary;
    /** One per line, as many as the English ones. */
    private String actionItems;
    /** One per line, kind|title|link; empty reads the English resources. */
    private String resources;
    private String mentorInsight;

    protected ModuleTranslation() {
    }

    ModuleTranslation(Key key) {
        super(key);
    }

    void change(String title, String summary, String actionItems, String resources, String mentorInsight) {
        retitle(title);
        this.summary = summary;
        this.actionItems = actionItems;
        this.resources = resources;
        this.mentorInsight = mentorInsight;
    }

    String summary() {
        return summary;
    }

    String actionItems() {
        return actionItems;
    }

    String resources() {
        return resources;
    }

    String mentorInsight() {
        return mentorInsight;
    }
}
