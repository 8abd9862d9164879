package com.mentorflow.platform.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Everything the engine is told so that no model runs code: the sandboxed expressions and their bean map, a
 * BPMN parse that refuses classes at the source, a parse listener that refuses what the parse built with a
 * class, no scripts and no script engines.
 */
public final class EngineLockdown {

    private EngineLockdown() {
    }

    public static void apply(ProcessEngineConfigurationImpl configuration, SandboxedExpressionManager expressions) {
        configuration.setBeans(expressions.beans());
        configuration.setExpressionManager(expressions);
        configuration.setBpmnParseFactory(CodeFreeBpmnParse.FACTORY);
        configuration.setScriptFactory(new NoScripts());
        configuration.setScriptEngineResolver(new NoScriptEngines());
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new CodeFreeParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
