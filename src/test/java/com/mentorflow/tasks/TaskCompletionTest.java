package com.mentorflow.tasks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.mentorflow.platform.ConflictException;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;

/** A task someone else completed first becomes the caller's sentence, not an error page. */
class TaskCompletionTest {

    private final TaskService engine = mock(TaskService.class);
    private final TaskCompletion completion = new TaskCompletion(engine);

    @Test
    void completesWithTheVariables() {
        completion.complete("t1", Map.of("approved", true), "unused");
        verify(engine).complete("t1", Map.of("approved", true));
    }

    @Test
    void aTaskCompletedElsewhereIsAConflictInTheCallersWords() {
        doThrow(new OptimisticLockingException("lost the race")).when(engine).complete(eq("t2"), anyMap());
        assertThatThrownBy(() -> completion.complete("t2", Map.of(), "This request changed in the meantime."))
                .isInstanceOf(ConflictException.class).hasMessage("This request changed in the meantime.");
    }

    @Test
    void aTaskThatIsGoneSaysItWasCompletedElsewhere() {
        doThrow(new NullValueException("no task")).when(engine).complete(eq("t3"), anyMap());
        assertThatThrownBy(() -> completion.complete("t3")).isInstanceOf(ConflictException.class)
                .hasMessage(TaskCompletion.COMPLETED_ELSEWHERE);
    }
}
