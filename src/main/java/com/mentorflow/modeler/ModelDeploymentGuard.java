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
import org.springframework.stereotype.Component;

/**
 * Every deployment passes {@link ModelValidator} inside the engine, whichever way it comes: the app's editor,
 * an upload, {@code /engine-rest} (e.g. from the desktop Camunda Modeler) or the models shipped in
 * {@code processes/}. A refused model rolls the whole deployment back.
 */
@Component
class ModelDeploymentGuard extends AbstractProcessEnginePlugin {

    private final ModelValidator validator;

    ModelDeploymentGuard(ModelValidator validator) {
        this.validator = validator;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(this::check);
        configuration.setCustomPreDeployers(deployers);
    }

    private void check(DeploymentEntity deployment) {
        Map<String, ResourceEntity> resources = deployment.getResources();
        if (resources == null) {
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
            throw new BadUserRequestException("The model was not deployed: " + String.join(" ", refused));
        }
    }
}
