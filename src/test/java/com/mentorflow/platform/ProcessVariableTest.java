package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.*;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** A declared process variable reads what the engine holds as the declared type, whoever wrote it. */
class ProcessVariableTest {

    final VariableScope execution = mock(VariableScope.class);
    final TaskService tasks = mock(TaskService.class);

    @Test
    void aWholeNumberReadsTheSameWhetherTheEngineHoldsAnIntegerOrALong() {
        ProcessVariable<Long> id = ProcessVariable.wholeNumber("circleId");
        when(execution.getVariable("circleId")).thenReturn(17);
        when(tasks.getVariable("task-1", "circleId")).thenReturn(17L);

        assertThat(id.from(execution)).isEqualTo(17L);
        assertThat(id.from(tasks, "task-1")).isEqualTo(17L);
    }

    @Test
    void aSmallNumberWrittenAsALongReadsAsAnInt() {
        when(tasks.getVariable("task-1", "meeting")).thenReturn(3L);

        assertThat(ProcessVariable.smallNumber("meeting").from(tasks, "task-1")).isEqualTo(3);
        assertThat(ProcessVariable.smallNumber("meeting").find(tasks, "task-1")).contains(3);
    }

    @Test
    void textYesNoAndTimeReadAsTheyAre() {
        Date start = new Date(0);
        when(execution.getVariable("reason")).thenReturn("no time");
        when(execution.getVariable("approved")).thenReturn(true);
        when(execution.getVariable("termStartedAt")).thenReturn(start);

        assertThat(ProcessVariable.text("reason").from(execution)).isEqualTo("no time");
        assertThat(ProcessVariable.yesNo("approved").from(execution)).isTrue();
        assertThat(ProcessVariable.time("termStartedAt").from(execution)).isEqualTo(start);
    }

    @Test
    void aMissingVariableReadsAsNullAndIsNotFound() {
        ProcessVariable<Long> id = ProcessVariable.wholeNumber("mentorshipId");

        assertThat(id.from(execution)).isNull();
        assertThat(id.from(tasks, "task-1")).isNull();
        assertThat(id.find(tasks, "task-1")).isEmpty();
    }

    @Test
    void aValueOfAnotherKindIsRefusedWithTheVariablesNameButNotFoundByFind() {
        when(execution.getVariable("meeting")).thenReturn("three");
        when(tasks.getVariable("task-1", "meeting")).thenReturn("three");
        ProcessVariable<Integer> meeting = ProcessVariable.smallNumber("meeting");

        assertThatThrownBy(() -> meeting.from(execution)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'meeting'").hasMessageContaining("String");
        assertThat(meeting.find(tasks, "task-1")).isEmpty();
    }

    @Test
    void writingUsesTheDeclaredName() {
        ProcessVariable<String> outcome = ProcessVariable.text("outcome");

        outcome.set(execution, "disbanded");
        Map<String, Object> variables = outcome.putInto(new HashMap<>(), "expired");

        verify(execution).setVariable("outcome", "disbanded");
        assertThat(variables).containsExactly(Map.entry("outcome", "expired"));
    }
}
