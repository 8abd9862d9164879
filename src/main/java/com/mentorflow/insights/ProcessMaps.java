package com.mentorflow.insights;

import com.mentorflow.tasks.TaskNames;
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
import org.springframework.stereotype.Service;

/**
 * What the live process maps show: every deployed model version, how many instances wait at each activity
 * (with open incidents), and which instances those are, with what they are about.
 */
@Service
public class ProcessMaps {

    /** A model version as the picker lists it. */
    public record Model(String definitionId, String key, String name, int version, long activeInstances) {
    }

    /** One running instance at an activity, with what it is about and where to look at it. */
    public record Instance(String processInstanceId, String businessKey, String subject, String link) {
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final Map<String, TaskSubjectProvider> subjects;
    private final com.github.benmanes.caffeine.cache.LoadingCache<String, Map<String, BpmnViewer.Count>> counts;
    private final com.github.benmanes.caffeine.cache.LoadingCache<List<String>, Long> instanceCounts;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final org.camunda.bpm.engine.TaskService taskService;
    private final TaskNames taskNames;

    ProcessMaps(RepositoryService repositoryService, RuntimeService runtimeService, ManagementService managementService,
                org.springframework.jdbc.core.JdbcTemplate jdbc, List<TaskSubjectProvider> subjects,
                org.camunda.bpm.engine.TaskService taskService, TaskNames taskNames,
                @org.springframework.beans.factory.annotation.Value("${mentorflow.insights.cache-seconds:60}") int cacheSeconds) {
        // Counting a model's tokens reads every execution: program managers share one count.
        this.counts = SharedCache.of(cacheSeconds, 200, this::count);
        this.jdbc = jdbc;
        this.instanceCounts = SharedCache.of(cacheSeconds, 2000, key -> jdbc.queryForObject("select count(distinct "
                + "proc_inst_id_) from public.act_ru_execution where proc_def_id_ = ? and act_id_ = ?", Long.class,
                key.get(0), key.get(1)));
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
        this.taskNames = taskNames;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjectProvider::processDefinitionKey, Function.identity()));
    }

    /** Newest version first for each model; older versions only while instances still run on them. */
    public List<Model> models() {
        AttentionLists.requireProgramManager();
        Map<String, Long> active = new HashMap<>();
        managementService.createProcessDefinitionStatisticsQuery().list()
                .forEach(s -> active.put(s.getId(), (long) s.getInstances()));
        java.util.Set<String> latest = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getId).collect(Collectors.toSet());
        return repositoryService.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().desc().list().stream()
                .filter(d -> latest.contains(d.getId()) || active.getOrDefault(d.getId(), 0L) > 0)
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
        return counts.get(definitionId);
    }

    private Map<String, BpmnViewer.Count> count(String definitionId) {
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
        return instanceCounts.get(List.of(definitionId, activityId));
    }

    /** The instances with a token at the activity, a page at a time (read from the engine's tables by index). */
    public List<Instance> instances(String definitionId, String activityId, int offset, int limit) {
        AttentionLists.requireProgramManager();
        String key = repositoryService.getProcessDefinition(definitionId).getKey();
        // Read the page first, then describe it: describing reads other tables, and one connection at a time is enough.
        List<String[]> page = jdbc.query("""
                select e.proc_inst_id_, pi.business_key_ from (select distinct proc_inst_id_ from public.act_ru_execution
                    where proc_def_id_ = ? and act_id_ = ? order by proc_inst_id_ offset ? limit ?) e
                join public.act_ru_execution pi on pi.id_ = e.proc_inst_id_ order by e.proc_inst_id_""",
                (row, n) -> new String[] {row.getString(1), row.getString(2)}, definitionId, activityId, offset, limit);
        TaskSubjectProvider provider = subjects.get(key);
        List<String> keys = page.stream().map(row -> row[1]).filter(java.util.Objects::nonNull).toList();
        Map<String, String> about = provider == null || keys.isEmpty() ? Map.of() : describeAll(provider, keys);
        Map<String, String> which = which(page.stream().map(row -> row[0]).toList(), activityId);
        return page.stream().map(row -> new Instance(row[0], row[1], subject(row[1] == null ? "" : about.getOrDefault(row[1], ""),
                which.get(row[0])), link(key, row[1]))).toList();
    }

    /**
     * The model names a task once for every round ("Plan and log the meeting"); per instance, the open ones'
     * names where they say more, which module or meeting (issue 15 §5).
     */
    private Map<String, String> which(List<String> processInstanceIds, String activityId) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .taskDefinitionKey(activityId).orderByTaskCreateTime().asc().list().stream()
                .<Map.Entry<String, String>>mapMulti((task, named) -> {
                    String name = taskNames.of(task);
                    if (!name.equals(task.getName())) {
                        named.accept(Map.entry(task.getProcessInstanceId(), name));
                    }
                })
                .collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.joining(", "))));
    }

    private static String subject(String about, String which) {
        return which == null ? about : about.isEmpty() ? which : about + " · " + which;
    }

    private static Map<String, String> describeAll(TaskSubjectProvider provider, List<String> keys) {
        try {
            return provider.describeAll(keys);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** The instances at an activity as CSV; only the header while no model and activity are chosen. */
    void writeCsv(Model model, String activityId, SafeCsv csv, Runnable written) throws java.io.IOException {
        csv.printRecord(csv.header("model"), csv.header("activity"), csv.header("processInstance"), csv.header("businessKey"),
                csv.header("about"));
        if (model == null || activityId == null) {
            return;
        }
        for (int offset = 0; ; offset += 1000) {
            List<Instance> page = instances(model.definitionId(), activityId, offset, 1000);
            for (Instance i : page) {
                csv.printRecord(model.key(), activityId, i.processInstanceId(), i.businessKey(), i.subject());
                written.run();
            }
            if (page.size() < 1000) {
                return;
            }
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
}
