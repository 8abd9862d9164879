package com.mentorflow.platform.sandbox;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;

/**
 * The engine's script factory, refusing every script: script tasks, listeners, conditions (also on conditional
 * events), inputs and outputs, in any language — "juel" included, which Camunda runs as a script outside the
 * expression sandbox. The engine asks this factory while it parses a model, so such a model is not deployed.
 */
final class NoScripts extends ScriptFactory {

    @Override
    public ExecutableScript createScriptFromResource(String language, String resource) {
        throw refused(language);
    }

    @Override
    public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
        throw refused(language);
    }

    @Override
    public ExecutableScript createScriptFromSource(String language, String source) {
        throw refused(language);
    }

    @Override
    public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
        throw refused(language);
    }

    private static ProcessEngineException refused(String language) {
        return new ProcessEngineException("The model was not deployed: it would run code of its own: a " + language
                + " script. Mentorflow runs no scripts.");
    }
}
