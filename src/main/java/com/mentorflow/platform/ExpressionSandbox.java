package com.mentorflow.platform;

import com.mentorflow.platform.sandbox.EngineLockdown;
import com.mentorflow.platform.sandbox.SandboxedExpressionManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts every expression the engine evaluates — in BPMN, DMN, engine REST queries and the webapps — into a
 * sandbox that sees only the {@link ModelBeans}. Camunda's Spring integration would otherwise expose the whole
 * application context and any public method of any object an expression can reach. Likewise the engine refuses
 * Java classes and scripts in a model ({@link EngineLockdown}). This layer holds even when a model gets past
 * the validator.
 */
@Component
public class ExpressionSandbox extends AbstractProcessEnginePlugin {

    private final SandboxedExpressionManager expressions;

    ExpressionSandbox(ModelBeans beans) {
        this.expressions = SandboxedExpressionManager.of(beans);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineLockdown.apply(configuration, expressions);
    }

    /**
     * Evaluates an expression that reads no process variables, such as a timer cycle made of program-calendar
     * values, in the same sandbox.
     */
    public Object evaluateWithoutVariables(String expression) {
        return expressions.evaluateWithoutVariables(expression);
    }
}
