package com.mentorflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskFormRegistryTest {

    private static TaskFormFactory form(String key) {
        return new TaskFormFactory() {
            @Override
            public String formKey() {
                return key;
            }

            @Override
            public com.vaadin.flow.component.Component create(InboxTask task, Runnable onCompleted) {
                return new Span(key);
            }
        };
    }

    @Test
    void findsTheFormAKeyNamesAndNothingForAnUnknownOrMissingKey() {
        TaskFormRegistry registry = new TaskFormRegistry(List.of(form("app:a"), form("app:b")));

        assertThat(registry.find("app:b")).map(TaskFormFactory::formKey).contains("app:b");
        assertThat(registry.find("app:unknown")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
        assertThat(registry.knownKeys()).containsExactlyInAnyOrder("app:a", "app:b");
    }

    @Test
    void twoFormsForOneKeyAreAStartUpError() {
        assertThatThrownBy(() -> new TaskFormRegistry(List.of(form("app:a"), form("app:a"))))
                .isInstanceOf(IllegalStateException.class);
    }
}
