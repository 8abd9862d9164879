package com.mentorflow.insights;

import com.mentorflow.tasks.TaskSubjectProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * What the live process maps show: every deployed model version, how many instances wait at each activity
 * (with open incidents), and which instances those are, with what they are about.
 */
@Service
public class ProcessMaps {

    /** A model version as the picker lists it. */
    public record Model(String definitionId, String key, String name, int version, long activeInstances) {

        public String label() {
            return (name == null ? key : name) + " (" + key + ", version " + version + ") · " + activeInstances + " active";
        }
    }

    /** One running instance at an activity, with what it is about and where to look at it. */
    public record Instance(String processInstanceId, String businessKey, String subject, String link) {
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final Map<String, TaskSubjectProvider> subjects;

    ProcessMaps(RepositoryService repositoryService, RuntimeService runtimeService, ManagementService managementService,
                List<TaskSubjectProvider> subjects) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjectProvider::processDefinitionKey, Function.identity()));
    }

    /** Newest version first for each model; older versions only while instances still run on them. */
    public List<Model> models() {
        AttentionLists.requireProgramManager();
        Map<String, Long> active = new HashMap<>();
        managementService.createProcessDefinitionStatisticsQuery().list()
                .forEach(s -> active.put(s.getId(), (long) s.getInstances()));
        return repositoryService.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().desc().list().stream()
                .filter(d -> isLatest(d) || active.getOrDefault(d.getId(), 0L) > 0)
                .map(d -> new Model(d.getId(), d.getKey(), d.getName(), d.getVersion(), active.getOrDefault(d.getId(), 0L)))
                .toList();
    }

    public String xml(String definitionId) {
        AttentionLists.requireProgramManager();
        try (InputStream in = repositoryService.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Active executions and open incidents per activity of one model version. */
    public Map<String, BpmnViewer.Count> counts(String definitionId) {
        AttentionLists.requireProgramManager();
        Map<String, BpmnViewer.Count> counts = new HashMap<>();
        for (ActivityStatistics statistics : managementService.createActivityStatisticsQuery(definitionId).includeIncidents().list()) {
            long incidents = statistics.getIncidentStatistics().stream().mapToLong(IncidentStatistics::getIncidentCount).sum();
            // A multi-instance activity reports its body separately; the diagram shows the activity itself.
            String activity = statistics.getId().replace("#multiInstanceBody", "");
            counts.merge(activity, new BpmnViewer.Count(statistics.getInstances(), incidents),
                    (a, b) -> new BpmnViewer.Count(Math.max(a.instances(), b.instances()), a.incidents() + b.incidents()));
        }
        return counts;
    }

    public long instanceCount(String definitionId, String activityId) {
        AttentionLists.requireProgramManager();
        return runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId).activityIdIn(activityId).count();
    }

    public List<Instance> instances(String definitionId, String activityId, int offset, int limit) {
        AttentionLists.requireProgramManager();
        String key = repositoryService.getProcessDefinition(definitionId).getKey();
        return runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId).activityIdIn(activityId)
                .orderByProcessInstanceId().asc().listPage(offset, limit).stream()
                .map(instance -> instance(key, instance)).toList();
    }

    private Instance instance(String key, ProcessInstance instance) {
        String businessKey = instance.getBusinessKey();
        TaskSubjectProvider provider = subjects.get(key);
        String subject = provider == null || businessKey == null ? "" : describe(provider, businessKey);
        return new Instance(instance.getId(), businessKey, subject, link(key, businessKey));
    }

    private static String describe(TaskSubjectProvider provider, String businessKey) {
        try {
            return provider.describe(businessKey);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Where a program manager looks at what an instance is about. */
    static String link(String processKey, String businessKey) {
        if (businessKey == null) {
            return null;
        }
        return switch (processKey) {
            case "circle-lifecycle" -> "circle/" + businessKey;
            case "mentee-journey" -> "insights/mentorships/" + businessKey;
            default -> null;
        };
    }

    private boolean isLatest(ProcessDefinition definition) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(definition.getKey()).latestVersion()
                .singleResult().getId().equals(definition.getId());
    }
}
