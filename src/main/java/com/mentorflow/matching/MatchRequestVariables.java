package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of match-request.bpmn with their types: delegates and services read and write them through these
 * declarations, so a name and its type are stated once (the names themselves are {@link MatchRequestProcess}'s).
 */
final class MatchRequestVariables {

    static final Variable<Long> REQUEST_ID = new Variable<>(VAR_REQUEST_ID, Long.class);
    static final Variable<String> APPROVAL_REASON = new Variable<>(VAR_APPROVAL_REASON, String.class);
    static final Variable<String> REASON = new Variable<>(VAR_REASON, String.class);
    static final Variable<String> REASON_TEXT = new Variable<>(VAR_REASON_TEXT, String.class);
    static final Variable<String> MENTORSHIP_START = new Variable<>(VAR_MENTORSHIP_START, String.class);
    static final Variable<Long> MENTORSHIP_ID = new Variable<>(VAR_MENTORSHIP_ID, Long.class);

    private MatchRequestVariables() {
    }

    /** A process variable of one type; a whole number written by engine REST as an integer still reads as a Long. */
    record Variable<T>(String name, Class<T> type) {

        T from(VariableScope scope) {
            return typed(scope.getVariable(name));
        }

        T from(TaskService tasks, String taskId) {
            return typed(tasks.getVariable(taskId, name));
        }

        void set(VariableScope scope, T value) {
            scope.setVariable(name, value);
        }

        private T typed(Object value) {
            if (type == Long.class && value instanceof Number number) {
                return type.cast(number.longValue());
            }
            return type.cast(value);
        }
    }
}
