package com.mentorflow.modeler;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving running instances to a newer version of their model: a plan that maps activities with the same id,
 * how many instances can follow it (and why the others cannot), and a batch that runs it with progress.
 * Instances that are not migrated keep running on their version.
 */
@Service
public class ModelMigrations {

    /** What a migration would do: how many instances can move, and which activities hold the ones that cannot. */
    public record Proposal(String sourceDefinitionId, String targetDefinitionId, int mappedActivities, long instances,
                           long migratable, Set<String> unmappedActivities, List<String> problems) {
    }

    public record Progress(String batchId, int total, int done, int failed) {

        public boolean finished() {
            return done + failed >= total;
        }
    }

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final AuditLog audit;

    ModelMigrations(RuntimeService runtimeService, RepositoryService repositoryService, ManagementService managementService,
                    AuditLog audit) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.audit = audit;
    }

    public Proposal propose(String sourceDefinitionId, String targetDefinitionId) {
        requireAdmin();
        ProcessDefinition source = definition(sourceDefinitionId);
        ProcessDefinition target = definition(targetDefinitionId);
        if (!source.getKey().equals(target.getKey()) || source.getId().equals(target.getId())) {
            throw new RejectedInputException("target", Sentence.of("modeler.refusal.otherVersion"));
        }
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId).count();
        MigrationPlan plan;
        try {
            plan = runtimeService.createMigrationPlan(sourceDefinitionId, targetDefinitionId).mapEqualActivities().build();
        } catch (MigrationPlanValidationException e) {
            List<String> problems = e.getValidationReport().getInstructionReports().stream()
                    .flatMap(r -> r.getFailures().stream()).collect(Collectors.toList());
            return new Proposal(sourceDefinitionId, targetDefinitionId, 0, instances, 0, Set.of(), problems);
        }
        Set<String> mapped = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                .collect(Collectors.toSet());
        Set<String> waiting = new TreeSet<>();
        managementService.createActivityStatisticsQuery(sourceDefinitionId).list()
                .forEach(s -> waiting.add(s.getId()));
        Set<String> unmapped = waiting.stream().filter(id -> !mapped.contains(id)).collect(Collectors.toCollection(TreeSet::new));
        long stuck = unmapped.isEmpty() ? 0 : runtimeService.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId)
                .activityIdIn(unmapped.toArray(String[]::new)).count();
        return new Proposal(sourceDefinitionId, targetDefinitionId, plan.getInstructions().size(), instances, instances - stuck,
                unmapped, List.of());
    }

    /** Starts the batch for the instances that can move; answers the batch id to follow. */
    @Transactional
    public String migrate(String adminUsername, String sourceDefinitionId, String targetDefinitionId) {
        return migrate(adminUsername, sourceDefinitionId, targetDefinitionId, null);
    }

    /** The same for some of the instances only ({@code null}: all that can move). */
    @Transactional
    public String migrate(String adminUsername, String sourceDefinitionId, String targetDefinitionId,
                          java.util.Collection<String> onlyInstances) {
        Proposal proposal = propose(sourceDefinitionId, targetDefinitionId);
        if (!proposal.problems().isEmpty()) {
            throw new ModelRefusal("plan", Sentence.of("modeler.migration.refused.unmappable", String.join(" ", proposal.problems())));
        }
        if (proposal.migratable() == 0) {
            throw new ModelRefusal("instances", proposal.unmappedActivities().isEmpty()
                    ? Sentence.of("modeler.migration.refused.none")
                    : Sentence.of("modeler.migration.refused.waiting", String.valueOf(proposal.unmappedActivities())));
        }
        MigrationPlan plan = runtimeService.createMigrationPlan(sourceDefinitionId, targetDefinitionId).mapEqualActivities().build();
        var query = runtimeService.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId);
        if (!proposal.unmappedActivities().isEmpty() || onlyInstances != null) {
            List<String> movable = query.list().stream().map(i -> i.getId())
                    .filter(id -> onlyInstances == null || onlyInstances.contains(id))
                    .filter(id -> proposal.unmappedActivities().isEmpty() || runtimeService.createProcessInstanceQuery()
                            .processInstanceId(id).activityIdIn(proposal.unmappedActivities().toArray(String[]::new)).count() == 0)
                    .toList();
            Batch batch = runtimeService.newMigration(plan).processInstanceIds(movable).executeAsync();
            record(adminUsername, proposal, batch, movable.size());
            return batch.getId();
        }
        Batch batch = runtimeService.newMigration(plan).processInstanceQuery(query).executeAsync();
        record(adminUsername, proposal, batch, proposal.migratable());
        return batch.getId();
    }

    public Progress progress(String batchId) {
        requireAdmin();
        BatchStatistics statistics = managementService.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (statistics == null) {
            // A finished batch is removed; its history says how it went.
            return new Progress(batchId, 1, 1, 0);
        }
        return new Progress(batchId, statistics.getTotalJobs(), statistics.getCompletedJobs(), statistics.getFailedJobs());
    }

    /** Why instances of a batch could not move, one sentence per failed instance (at most {@code limit}). */
    public List<String> failures(String batchId, int limit) {
        return failures(batchId, limit, java.util.Locale.ENGLISH);
    }

    /** The same for a reader: the engine's own words stay English, only a failure without any is in theirs. */
    public List<String> failures(String batchId, int limit, java.util.Locale reader) {
        requireAdmin();
        Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
        if (batch == null) {
            return List.of();
        }
        return managementService.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withException()
                .listPage(0, limit).stream().map(job -> job.getExceptionMessage() == null
                        ? Sentence.of("modeler.migration.jobFailed").in(reader) : job.getExceptionMessage()).toList();
    }

    private void record(String adminUsername, Proposal proposal, Batch batch, long instances) {
        audit.record(adminUsername, "instances-migrated", instances + " instances from " + proposal.sourceDefinitionId()
                + " to " + proposal.targetDefinitionId() + " (batch " + batch.getId() + ")");
    }

    private ProcessDefinition definition(String id) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (definition == null) {
            throw new RejectedInputException("definition", Sentence.of("modeler.refusal.noSuchVersion"));
        }
        return definition;
    }

    private static void requireAdmin() {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            throw new NotPermittedException(Sentence.of("modeler.refusal.onlyAdminsMigrate"));
        }
    }
}
