package com.mentorflow.insights;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.tasks.TaskSubjectProvider;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/** The open tasks offered to program managers, and the circle-rule overrides to review. */
@Service
public class ApprovalQueue {

    public static final String GROUP = "program-managers";

    public record Waiting(String taskId, String task, String subject, Instant created) {
    }

    public record Override(Instant at, String manager, String details) {
    }

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final org.camunda.bpm.engine.RuntimeService runtimeService;
    private final AuditLog audit;
    private final Map<String, TaskSubjectProvider> subjects;

    ApprovalQueue(TaskService taskService, RepositoryService repositoryService,
                  org.camunda.bpm.engine.RuntimeService runtimeService, AuditLog audit, List<TaskSubjectProvider> subjects) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjectProvider::processDefinitionKey, Function.identity()));
    }

    public long count() {
        AttentionLists.requireProgramManager();
        return query().count();
    }

    public List<Waiting> page(int offset, int limit) {
        AttentionLists.requireProgramManager();
        return query().orderByTaskCreateTime().asc().listPage(offset, limit).stream().map(this::waiting).toList();
    }

    public List<Override> recentOverrides(int limit) {
        AttentionLists.requireProgramManager();
        return audit.latest("circle-rule-overridden", limit).stream().map(row -> new Override(
                ((Timestamp) row.get("at")).toInstant(), (String) row.get("actor"), (String) row.get("details"))).toList();
    }

    /** Every waiting decision as CSV, oldest first. */
    void writeCsv(SafeCsv csv, Runnable written) throws java.io.IOException {
        csv.printRecord(csv.header("decision"), csv.header("about"), csv.timeHeader("waitingSince"));
        for (int offset = 0; ; offset += 500) {
            List<Waiting> page = page(offset, 500);
            for (Waiting w : page) {
                csv.printRecord(w.task(), w.subject(), w.created());
                written.run();
            }
            if (page.size() < 500) {
                return;
            }
        }
    }

    private TaskQuery query() {
        return taskService.createTaskQuery().taskCandidateGroup(GROUP).active();
    }

    private Waiting waiting(Task task) {
        if (task.getProcessInstanceId() == null) {
            // a task made outside any model
            return new Waiting(task.getId(), task.getName(), "", task.getCreateTime().toInstant());
        }
        String key = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        org.camunda.bpm.engine.runtime.ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        String businessKey = instance == null ? null : instance.getBusinessKey();
        TaskSubjectProvider provider = subjects.get(key);
        String subject = provider == null || businessKey == null ? "" : provider.describe(businessKey);
        return new Waiting(task.getId(), provider == null ? task.getName() : provider.name(task), subject,
                task.getCreateTime().toInstant());
    }
}
