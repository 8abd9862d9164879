package com.mentorflow.tasks;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.Sentence;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Completes a task, or says it was completed elsewhere: two people (or two tabs) may finish the same task at once, and
 * the engine then answers the loser with a missing task or an optimistic-locking failure. Either becomes a
 * {@link ConflictException} with the caller's sentence, so the person reads what happened instead of an error page.
 */
@Component
public class TaskCompletion {

    /** What a person reads when nothing more specific fits. */
    public static final Sentence COMPLETED_ELSEWHERE_SENTENCE = Sentence.of("tasks.refusal.completedElsewhere");
    /** The same in English, as logs and tests read it. */
    public static final String COMPLETED_ELSEWHERE = COMPLETED_ELSEWHERE_SENTENCE.english();

    private final TaskService taskService;

    TaskCompletion(TaskService taskService) {
        this.taskService = taskService;
    }

    /** @throws ConflictException saying {@link #COMPLETED_ELSEWHERE} when the task is gone or changed */
    public void complete(String taskId) {
        complete(taskId, Map.of(), COMPLETED_ELSEWHERE_SENTENCE);
    }

    /**
     * @param changedMeanwhile the sentence for the person when the task is gone or changed, in the caller's words
     * @throws ConflictException with that sentence
     */
    public void complete(String taskId, Map<String, Object> variables, String changedMeanwhile) {
        complete(taskId, variables, Sentence.asIs(changedMeanwhile));
    }

    /**
     * @param changedMeanwhile the sentence for the person when the task is gone or changed, in the caller's words
     * @throws ConflictException with that sentence
     */
    public void complete(String taskId, Map<String, Object> variables, Sentence changedMeanwhile) {
        try {
            taskService.complete(taskId, variables);
        } catch (NullValueException | OptimisticLockingException | ConcurrencyFailureException e) {
            throw new ConflictException(changedMeanwhile);
        }
    }
}
