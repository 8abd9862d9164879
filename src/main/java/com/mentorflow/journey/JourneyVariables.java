package com.mentorflow.journey;

import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of mentee-journey.bpmn with their types, declared once: code reads {@code MODULE.of(execution)}
 * instead of casting what the engine returns (numbers come back as Integer or Long, depending on who set them).
 */
final class JourneyVariables {

    static final Variable<Long> MENTORSHIP_ID = number(JourneyProcess.VAR_MENTORSHIP_ID, Number::longValue);
    static final Variable<Integer> MODULE = number(JourneyProcess.VAR_MODULE, Number::intValue);
    static final Variable<Integer> MEETING = number(JourneyProcess.VAR_MEETING, Number::intValue);
    static final Variable<Integer> CHECK_IN_MONTH = number(JourneyProcess.VAR_CHECK_IN_MONTH, Number::intValue);
    static final Variable<String> END_REASON = new Variable<>(JourneyProcess.VAR_END_REASON, String.class,
            String.class::cast);

    private JourneyVariables() {
    }

    /** One variable: its name, the type the engine stores and how that becomes the Java type. */
    record Variable<T>(String name, Class<?> stored, Function<Object, T> type) {

        T of(VariableScope scope) {
            return type.apply(scope.getVariable(name));
        }

        /** Also sees the variables of the scopes around the task (the loop's element variable). */
        T of(TaskService tasks, String taskId) {
            return type.apply(tasks.getVariable(taskId, name));
        }

        /** Empty when the task has no such variable, or one of another type. */
        Optional<T> find(TaskService tasks, String taskId) {
            return Optional.ofNullable(tasks.getVariable(taskId, name)).filter(stored::isInstance).map(type);
        }
    }

    private static <T> Variable<T> number(String name, Function<Number, T> type) {
        return new Variable<>(name, Number.class, value -> type.apply((Number) value));
    }
}
