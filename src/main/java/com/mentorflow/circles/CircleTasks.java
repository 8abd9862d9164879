package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.FORM_FEEDBACK;
import static com.mentorflow.circles.CircleProcess.FORM_VOTE;
import static com.mentorflow.circles.CircleProcess.PROCESS_KEY;

import com.mentorflow.platform.ProcessVariable;
import com.mentorflow.platform.Sentence;
import com.mentorflow.tasks.TaskAccess;
import com.mentorflow.tasks.TaskCompletion;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The tasks of circle-lifecycle.bpmn as the services meet them: whose they are, what they carry, completing them. */
@Component
class CircleTasks {

    static final Sentence CHANGED_MEANWHILE = Sentence.of("circles.refusal.changedMeanwhile");

    /** A task the person may complete, with the circle it belongs to. */
    record Open(Task task, long circleId) {

        String id() {
            return task.getId();
        }
    }

    private final TaskAccess access;
    private final TaskService taskService;
    private final TaskCompletion completion;

    CircleTasks(TaskAccess access, TaskService taskService, TaskCompletion completion) {
        this.access = access;
        this.taskService = taskService;
        this.completion = completion;
    }

    Open open(String taskId, String username, String formKey) {
        Task task = access.requireCompletableBy(taskId, username, formKey);
        return new Open(task, variable(task.getId(), CircleVariables.CIRCLE_ID));
    }

    /** A variable the task sees, such as the meeting or the join request it is about. */
    <T> T variable(String taskId, ProcessVariable<T> variable) {
        return variable.from(taskService, taskId);
    }

    void complete(Open task) {
        complete(task, Map.of());
    }

    void complete(Open task, Map<String, Object> variables) {
        completion.complete(task.id(), variables, CHANGED_MEANWHILE);
    }

    /** Someone leaving has no vote or feedback to give any more. */
    void closeVotesAndFeedback(long circleId, String username) {
        for (Task task : assignedTo(circleId, username)) {
            if (isVoteOrFeedback(task)) {
                taskService.complete(task.getId());
            }
        }
    }

    /** The new manager gets the open manager tasks; votes and feedback stay with whoever gives them. */
    void handManagerTasks(long circleId, String from, String to) {
        for (Task task : assignedTo(circleId, from)) {
            if (!isVoteOrFeedback(task)) {
                taskService.setAssignee(task.getId(), to);
            }
        }
    }

    private List<Task> assignedTo(long circleId, String username) {
        return taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(circleId))
                .processDefinitionKey(PROCESS_KEY).taskAssignee(username).initializeFormKeys().list();
    }

    private static boolean isVoteOrFeedback(Task task) {
        return FORM_VOTE.equals(task.getFormKey()) || FORM_FEEDBACK.equals(task.getFormKey());
    }
}
