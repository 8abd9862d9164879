package com.mentorflow.platform;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable declared once, with its type: code reads {@code CIRCLE_ID.from(execution)} instead of casting what
 * the engine returns. Whole numbers come back as Integer or Long depending on who set them (the engine's REST API
 * writes small ones as Integer), so the declaration, not every caller, makes them the Java type.
 *
 * <p>A variable that is missing or set to null reads as null; {@link #find} says so with an empty Optional instead. A
 * value of another kind is a defect in the model or the code and is refused with the variable's name.
 *
 * @param stored what the engine holds for this variable, e.g. any {@link Number} for a whole number
 * @param conversion from a stored value to the Java type
 */
public record ProcessVariable<T>(String name, Class<?> stored, Function<Object, T> conversion) {

    /** A whole number read as a long, such as a circle's or a mentorship's id. */
    public static ProcessVariable<Long> wholeNumber(String name) {
        return declare(name, Number.class, Number::longValue);
    }

    /** A small whole number read as an int, such as a module, a meeting or a month. */
    public static ProcessVariable<Integer> smallNumber(String name) {
        return declare(name, Number.class, Number::intValue);
    }

    public static ProcessVariable<String> text(String name) {
        return declare(name, String.class, Function.identity());
    }

    public static ProcessVariable<Boolean> yesNo(String name) {
        return declare(name, Boolean.class, Function.identity());
    }

    /** A moment, which the engine stores as a Date (timers read it as such). */
    public static ProcessVariable<Date> time(String name) {
        return declare(name, Date.class, Function.identity());
    }

    private static <S, T> ProcessVariable<T> declare(String name, Class<S> stored, Function<S, T> conversion) {
        return new ProcessVariable<>(name, stored, value -> conversion.apply(stored.cast(value)));
    }

    /** The value in an execution's scope (a delegate's), or null when there is none. */
    public T from(VariableScope scope) {
        return typed(scope.getVariable(name));
    }

    /** The value a task sees, including the scopes around it (a multi-instance loop's element), or null. */
    public T from(TaskService tasks, String taskId) {
        return typed(tasks.getVariable(taskId, name));
    }

    /** The value a task sees; empty when it has none, or one of another kind (a task of another model). */
    public Optional<T> find(TaskService tasks, String taskId) {
        return Optional.ofNullable(tasks.getVariable(taskId, name)).filter(stored::isInstance).map(conversion);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Adds the value to variables handed to the engine (starting a process, completing a task, correlating). */
    public Map<String, Object> putInto(Map<String, Object> variables, T value) {
        variables.put(name, value);
        return variables;
    }

    private T typed(Object value) {
        if (value == null) {
            return null;
        }
        if (!stored.isInstance(value)) {
            throw new IllegalStateException("Process variable '" + name + "' holds a " + value.getClass().getSimpleName()
                    + ", not a " + stored.getSimpleName() + ".");
        }
        return conversion.apply(value);
    }
}
