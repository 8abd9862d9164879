package com.mentorflow.journey;

import com.mentorflow.people.AccountService;
import com.mentorflow.platform.ProcessVariable;
import com.mentorflow.platform.Sentence;
import com.mentorflow.tasks.TaskAccess;
import com.mentorflow.tasks.TaskCompletion;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What every command on a journey task starts and ends with: may this person act on the task, which mentorship and
 * which module, meeting or month it is about, who acts, and completing it (or saying it changed in the meantime).
 */
@Component
class JourneyTasks {

    /** An open journey task that {@link #username} may complete, and the mentorship it belongs to. */
    record JourneyTask(String id, String executionId, long mentorshipId, String username) {
    }

    private final TaskAccess taskAccess;
    private final TaskService taskService;
    private final TaskCompletion completion;
    private final RuntimeService runtimeService;
    private final AccountService accounts;

    JourneyTasks(TaskAccess taskAccess, TaskService taskService, TaskCompletion completion, RuntimeService runtimeService,
                 AccountService accounts) {
        this.taskAccess = taskAccess;
        this.taskService = taskService;
        this.completion = completion;
        this.runtimeService = runtimeService;
        this.accounts = accounts;
    }

    /** @throws com.mentorflow.platform.NotPermittedException and the others of {@link TaskAccess#requireCompletableBy} */
    JourneyTask requireCompletableBy(String taskId, String username, String formKey) {
        Task task = taskAccess.requireCompletableBy(taskId, username, formKey);
        return new JourneyTask(task.getId(), task.getExecutionId(), variable(task.getId(), JourneyVariables.MENTORSHIP_ID),
                username);
    }

    /** A variable the task sees, such as the module, meeting or check-in month it is about. */
    <T> T variable(String taskId, ProcessVariable<T> variable) {
        return variable.from(taskService, taskId);
    }

    /** The account of the person acting, for records that say who answered or logged. */
    long actorId(JourneyTask task) {
        return accounts.idOf(task.username());
    }

    void complete(JourneyTask task) {
        completion.complete(task.id(), Map.of(), Sentence.of("journey.refusal.changedMeanwhile"));
    }

    /** Sets a variable on the task's own execution, where the gateway after the task reads it, then completes. */
    void complete(JourneyTask task, String localVariable, Object value) {
        runtimeService.setVariableLocal(task.executionId(), localVariable, value);
        complete(task);
    }
}
