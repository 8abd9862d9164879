package com.mentorflow.tasks;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/** A person's open tasks: assigned to them, or offered to them or their groups. Sorted by due date. */
@Service
public class InboxService {

    /** The order the database sorts in: due date with no-due-date last, then oldest first. */
    private static final Comparator<Task> BY_DUE = Comparator
            .comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::getCreateTime, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::getId);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskNames names;
    private final Map<String, TaskSubjectProvider> subjects;

    InboxService(TaskService taskService, RuntimeService runtimeService, TaskNames names,
                 List<TaskSubjectProvider> subjects) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.names = names;
        this.subjects = subjects.stream()
                .collect(Collectors.toUnmodifiableMap(TaskSubjectProvider::processDefinitionKey, Function.identity()));
    }

    public long count(String username) {
        return assignedTo(username).count() + offeredTo(username).count();
    }

    /**
     * Assigned and offered tasks are queried apart and merged: each query can use its own index, where one
     * OR-query over both makes PostgreSQL scan every open task.
     */
    public List<InboxTask> page(String username, int offset, int limit) {
        int needed = offset + limit;
        List<Task> tasks = Stream.concat(sortedByDue(assignedTo(username)).listPage(0, needed).stream(),
                        sortedByDue(offeredTo(username)).listPage(0, needed).stream())
                .sorted(BY_DUE)
                .skip(offset)
                .limit(limit)
                .toList();
        Map<String, String> businessKeys = businessKeys(tasks.stream().map(Task::getProcessInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return tasks.stream().map(task -> toInboxTask(task, task.getProcessInstanceId() == null ? null
                : businessKeys.get(task.getProcessInstanceId()))).toList();
    }

    /** One open task of this person's, or empty when it is gone or not theirs. */
    public Optional<InboxTask> find(String username, String taskId) {
        Task task = assignedTo(username).taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            task = offeredTo(username).taskId(taskId).initializeFormKeys().singleResult();
        }
        if (task == null) {
            return Optional.empty();
        }
        String instanceId = task.getProcessInstanceId();
        return Optional.of(toInboxTask(task, instanceId == null ? null : businessKeys(Set.of(instanceId)).get(instanceId)));
    }

    private TaskQuery assignedTo(String username) {
        return taskService.createTaskQuery().active().taskAssignee(username);
    }

    // Unassigned tasks offered to the person or to one of their groups (Camunda looks the groups up itself).
    private TaskQuery offeredTo(String username) {
        return taskService.createTaskQuery().active().taskCandidateUser(username);
    }

    private static TaskQuery sortedByDue(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc().initializeFormKeys();
    }

    private Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery()
                .processInstanceIds(Set.copyOf(processInstanceIds)).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private InboxTask toInboxTask(Task task, String businessKey) {
        // Stand-alone tasks (created in Tasklist) belong to no process.
        String processKey = names.processKey(task);
        TaskSubjectProvider provider = processKey == null ? null : subjects.get(processKey);
        String subject = provider != null && businessKey != null ? provider.describe(businessKey) : "";
        return new InboxTask(task.getId(), names.of(task), subject,
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getFormKey(), processKey, businessKey);
    }
}
