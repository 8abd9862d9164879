package com.mentorflow.modeler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every deployment passes {@link ModelValidator} inside the engine, whichever way it comes: the app's editor,
 * an upload, {@code /engine-rest} (e.g. from the desktop Camunda Modeler) or the models shipped in
 * {@code processes/}. A refused model rolls the whole deployment back. An accepted one is recorded with who
 * deployed it (and, when it did not come through {@link ModelDeployments}, which audits with its comment, in the
 * audit log too), so the Models view can say who changed what.
 */
@Component
class ModelDeploymentGuard extends AbstractProcessEnginePlugin {

    /** The source {@link ModelDeployments} gives its deployments; it writes their audit entries itself. */
    static final String EDITOR_SOURCE = "mentorflow-modeler";

    private final ModelValidator validator;
    private final ModelDeploymentRecords records;
    private final com.mentorflow.platform.AuditLog audit;

    ModelDeploymentGuard(ModelValidator validator, ModelDeploymentRecords records, com.mentorflow.platform.AuditLog audit) {
        this.validator = validator;
        this.records = records;
        this.audit = audit;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(new ValidatingDeployer());
        configuration.setCustomPreDeployers(deployers);
    }

    private void check(DeploymentEntity deployment) {
        Map<String, ResourceEntity> resources = deployment.getResources();
        // The engine runs its deployers again when it loads an older deployment into its cache (e.g. after a
        // restart). That one was checked when it was deployed; checking it again against today's date or another
        // profile's timer floor could leave its running instances unable to go on. The engine's own lockdown
        // (no classes, no scripts) applies to every parse anyway.
        if (resources == null || !deployment.isNew()) {
            return;
        }
        List<String> refused = new ArrayList<>();
        for (ResourceEntity resource : resources.values()) {
            String name = resource.getName().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                validator.validate(resource.getName(), resource.getBytes())
                        .forEach(problem -> refused.add(resource.getName() + " — " + problem));
            } else {
                refused.add(resource.getName() + " — only .bpmn and .dmn models can be deployed.");
            }
        }
        if (!refused.isEmpty()) {
            audit.recordRefusal(signedIn(), "model-refused", String.join(", ", resources.keySet()) + " ("
                    + (deployment.getSource() == null ? "engine REST" : deployment.getSource()) + "): "
                    + String.join(" ", refused));
            throw new BadUserRequestException("The model was not deployed: " + String.join(" ", refused));
        }
        record(deployment);
    }

    /** The deployer the guard adds; a named type, so a test can take the validation out to test the sandbox alone. */
    final class ValidatingDeployer implements Deployer {

        @Override
        public void deploy(DeploymentEntity deployment) {
            check(deployment);
        }
    }

    private static String signedIn() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null || signedIn instanceof AnonymousAuthenticationToken ? "Mentorflow (start-up)" : signedIn.getName();
    }

    private void record(DeploymentEntity deployment) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        String who = signedIn == null || signedIn instanceof AnonymousAuthenticationToken ? "Mentorflow (start-up)"
                : signedIn.getName();
        records.deployed(deployment.getId(), who, deployment.getSource());
        if (!EDITOR_SOURCE.equals(deployment.getSource()) && signedIn != null && !(signedIn instanceof AnonymousAuthenticationToken)) {
            audit.record(who, "model-deployed", String.join(", ", deployment.getResources().keySet()) + " (deployment "
                    + deployment.getId() + ", " + (deployment.getSource() == null ? "engine REST" : deployment.getSource()) + "): "
                    + (deployment.getName() == null ? "no comment" : deployment.getName()));
        }
    }
}
