package com.mentorflow.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * A task's name as people read it wherever it is shown (inbox, approvals, attention lists), in their language (see
 * {@link TaskWording}): the module whose process it belongs to adds which module, meeting or month it is (see
 * {@link TaskSubjectProvider#name}).
 */
@Service
public class TaskNames {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final Map<String, TaskSubjectProvider> providers;
    private final Map<String, String> processKeyByDefinitionId = new ConcurrentHashMap<>();

    TaskNames(TaskService taskService, RepositoryService repositoryService, List<TaskSubjectProvider> providers) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.providers = providers.stream()
                .collect(Collectors.toUnmodifiableMap(TaskSubjectProvider::processDefinitionKey, Function.identity()));
    }

    /** The name for the reader of the page being built (English where there is none: REST, mail, a job). */
    public String of(Task task) {
        return of(task, TaskWording.currentReader());
    }

    /** The name in the reader's language where i18n/tasks-names knows the task, else as its model names it. */
    public String of(Task task, Locale reader) {
        String processKey = processKey(task);
        TaskWording wording = TaskWording.of(processKey, task, reader);
        TaskSubjectProvider provider = processKey == null ? null : providers.get(processKey);
        return provider == null ? wording.name() : provider.name(task, wording);
    }

    /** Empty when the task is done or gone. */
    public Optional<String> of(String taskId) {
        return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult()).map(this::of);
    }

    /** The key of the task's process; null for a stand-alone task (created in Tasklist). */
    String processKey(Task task) {
        return task.getProcessDefinitionId() == null ? null : processKeyByDefinitionId.computeIfAbsent(
                task.getProcessDefinitionId(), id -> repositoryService.getProcessDefinition(id).getKey());
    }
}
