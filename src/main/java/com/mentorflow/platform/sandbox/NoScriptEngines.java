package com.mentorflow.platform.sandbox;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

/**
 * The engine's script-engine lookup, finding none: not Camunda's own "juel" script engine, not one a library
 * on the classpath registers. Decisions in a script language fail here even if a model got past the validator.
 */
final class NoScriptEngines implements org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver {

    /** A manager that looks nowhere (the bootstrap class loader registers no script engines). */
    private final ScriptEngineManager nowhere = new ScriptEngineManager(null);

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory scriptEngineFactory) {
        // refused: nothing is registered
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        return nowhere;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
        return null;
    }
}
