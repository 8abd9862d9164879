package com.mentorflow.modeler;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins list, download, deploy and roll back model versions. Deploying validates first (and the engine
 * validates again, whoever deploys); every deployment is in the audit log with its comment.
 */
@Service
public class ModelDeployments {

    /** One deployed version of a process or decision. */
    public record Version(String definitionId, String kind, String key, String name, int version, String deploymentId,
                          String comment, Instant deployedAt, String deployedBy, String resourceName, long runningInstances) {
    }

    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final ModelValidator validator;
    private final AuditLog audit;
    private final ModelDeploymentRecords records;

    ModelDeployments(RepositoryService repositoryService, ManagementService managementService, ModelValidator validator,
                     AuditLog audit, ModelDeploymentRecords records) {
        this.records = records;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.validator = validator;
        this.audit = audit;
    }

    /** Every version of every process and decision, newest first per key, with its running instances. */
    public List<Version> versions() {
        requireAdmin();
        Map<String, Long> running = new HashMap<>();
        managementService.createProcessDefinitionStatisticsQuery().list().forEach(s -> running.put(s.getId(), (long) s.getInstances()));
        Map<String, Deployment> deployments = new HashMap<>();
        repositoryService.createDeploymentQuery().list().forEach(d -> deployments.put(d.getId(), d));
        Map<String, String> deployers = records.deployers();
        List<Version> versions = new ArrayList<>();
        for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery().list()) {
            Deployment deployment = deployments.get(d.getDeploymentId());
            versions.add(new Version(d.getId(), "process", d.getKey(), d.getName(), d.getVersion(), d.getDeploymentId(),
                    deployment == null ? "" : deployment.getName(), deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                    deployers.getOrDefault(d.getDeploymentId(), "not recorded"), d.getResourceName(), running.getOrDefault(d.getId(), 0L)));
        }
        repositoryService.createDecisionDefinitionQuery().list().forEach(d -> {
            Deployment deployment = deployments.get(d.getDeploymentId());
            versions.add(new Version(d.getId(), "decision", d.getKey(), d.getName(), d.getVersion(), d.getDeploymentId(),
                    deployment == null ? "" : deployment.getName(), deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                    deployers.getOrDefault(d.getDeploymentId(), "not recorded"), d.getResourceName(), 0));
        });
        versions.sort(Comparator.comparing(Version::kind).reversed().thenComparing(Version::key)
                .thenComparing(Comparator.comparingInt(Version::version).reversed()));
        return versions;
    }

    /** One version by its definition id. */
    public java.util.Optional<Version> version(String definitionId) {
        return versions().stream().filter(v -> v.definitionId().equals(definitionId)).findFirst();
    }

    public byte[] download(Version version) {
        requireAdmin();
        return resource(version.deploymentId(), version.resourceName());
    }

    private byte[] resource(String deploymentId, String resourceName) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What changed against the version before it (empty for the first version), in English. */
    public List<String> changesFromPrevious(Version version) {
        return changesFromPrevious(version, java.util.Locale.ENGLISH);
    }

    /** The same in the reader's language. */
    public List<String> changesFromPrevious(Version version, java.util.Locale reader) {
        return changeSentences(version).stream().map(change -> change.in(reader)).toList();
    }

    private List<Sentence> changeSentences(Version version) {
        requireAdmin();
        if (version.version() <= 1) {
            return List.of();
        }
        String[] previous = version.kind().equals("decision")
                ? java.util.Optional.ofNullable(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(version.key())
                        .decisionDefinitionVersion(version.version() - 1).singleResult())
                        .map(d -> new String[] {d.getDeploymentId(), d.getResourceName()}).orElse(null)
                : java.util.Optional.ofNullable(repositoryService.createProcessDefinitionQuery().processDefinitionKey(version.key())
                        .processDefinitionVersion(version.version() - 1).singleResult())
                        .map(d -> new String[] {d.getDeploymentId(), d.getResourceName()}).orElse(null);
        return previous == null ? List.of() : ModelDiff.sentences(resource(previous[0], previous[1]), download(version));
    }

    /**
     * Deploys a model as the newest version of its key.
     *
     * @return the deployment id
     * @throws ModelRefusal with every problem when the model or the comment is not acceptable
     */
    @Transactional
    public String deploy(String adminUsername, String fileName, byte[] content, String comment) {
        requireAdmin();
        String why = comment == null ? "" : comment.strip();
        List<ModelProblem> problems = validator.validate(fileName, content);
        java.util.Map<String, Sentence> refusal = new java.util.LinkedHashMap<>();
        if (why.length() < 5 || why.length() > 200) {
            refusal.put("comment", Sentence.of("modeler.rule.comment"));
        }
        for (int i = 0; i < problems.size(); i++) {
            refusal.put("model" + i, problems.get(i).asSentence());
        }
        if (!problems.isEmpty()) {
            audit.recordRefusal(adminUsername, "model-refused", fileName + " (Models page): "
                    + problems.stream().map(ModelProblem::toString).collect(java.util.stream.Collectors.joining(" ")));
        }
        if (!refusal.isEmpty()) {
            throw new ModelRefusal(refusal);
        }
        String name = fileName.contains("/") ? fileName.substring(fileName.lastIndexOf('/') + 1) : fileName;
        try {
            Deployment deployment = repositoryService.createDeployment().name(why).source(ModelDeploymentGuard.EDITOR_SOURCE)
                    .addInputStream(name, new java.io.ByteArrayInputStream(content)).deploy();
            audit.record(adminUsername, "model-deployed", name + " (deployment " + deployment.getId() + "): " + why);
            return deployment.getId();
        } catch (BadUserRequestException e) {
            throw new RejectedInputException("model", e.getMessage());
        }
    }

    /** Deploys an earlier version again as the newest. */
    @Transactional
    public String rollBack(String adminUsername, Version earlier, String comment) {
        return deploy(adminUsername, earlier.resourceName(), download(earlier),
                comment == null || comment.isBlank() ? "" : comment.strip() + " (back to version " + earlier.version() + ")");
    }

    private static void requireAdmin() {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            throw new NotPermittedException(Sentence.of("modeler.refusal.onlyAdminsModels"));
        }
    }
}
