package com.mentorflow.platform;

import com.mentorflow.platform.sandbox.CodeFreeParseListener;
import com.mentorflow.platform.sandbox.SandboxedExpressionManager;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts every expression the engine evaluates — in BPMN, DMN, engine REST queries and the webapps — into a
 * sandbox that sees only the {@link ModelBeans}. Camunda's Spring integration would otherwise expose the whole
 * application context and any public method of any object an expression can reach. A parse listener refuses,
 * likewise, Java classes and scripts in a parsed model. This layer holds even when a model gets past the
 * validator.
 */
@Component
public class ExpressionSandbox extends AbstractProcessEnginePlugin {

    private final SandboxedExpressionManager expressions;

    ExpressionSandbox(ModelBeans beans) {
        this.expressions = SandboxedExpressionManager.of(beans);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBeans(expressions.beans());
        configuration.setExpressionManager(expressions);
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new CodeFreeParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /**
     * Evaluates an expression that reads no process variables, such as a timer cycle made of program-calendar
     * values, in the same sandbox.
     */
    public Object evaluateWithoutVariables(String expression) {
        return expressions.evaluateWithoutVariables(expression);
    }
}
