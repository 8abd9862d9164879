package com.mentorflow.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The one map from form key to form; the inbox asks it, never a chain of ifs. */
@Component
public class TaskFormRegistry {

    private final Map<String, TaskFormFactory> factories;

    TaskFormRegistry(List<TaskFormFactory> factories) {
        this.factories = factories.stream().collect(Collectors.toUnmodifiableMap(TaskFormFactory::formKey, Function.identity()));
    }

    public Optional<TaskFormFactory> find(String formKey) {
        return Optional.ofNullable(formKey).map(factories::get);
    }

    /** Every key a model may use; model validation refuses others. */
    public Set<String> knownKeys() {
        return factories.keySet();
    }
}
