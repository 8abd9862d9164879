package com.mentorflow.platform.sandbox;

import com.mentorflow.platform.ModelBeans;
import java.beans.FeatureDescriptor;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * First resolver of every expression the engine evaluates. It resolves nothing itself; it refuses, before any
 * other resolver runs, every step an expression takes on an object that is not one Mentorflow lets models use:
 * a method must be one its {@link com.mentorflow.platform.ExpressionBean} declares, {@code execution} and
 * {@code task} offer only their variables, lists and maps may be read, and nothing else may be touched at all —
 * so {@code getClass}, class loaders, reflection, the engine's services and configuration, data sources or JPA
 * are out of reach whatever a model says, even one the validator let through.
 */
public final class ExpressionGuard extends ELResolver {

    /** Names refused on any object, so a message names the real reason even where the type check would refuse. */
    private static final Set<String> FORBIDDEN = Set.of("class", "getclass", "classloader", "getclassloader", "forname",
            "declaringclass", "module", "getmodule", "protectiondomain", "runtime", "getruntime", "exec", "wait", "notify",
            "notifyall", "processengine", "getprocessengine", "processengineservices", "getprocessengineservices",
            "processengineconfiguration", "getprocessengineconfiguration");
    private static final Set<String> VARIABLE_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable",
            "hasVariableLocal", "setVariable", "setVariableLocal", "getVariables", "getVariablesLocal", "getVariableNames",
            "getVariableNamesLocal", "removeVariable", "removeVariableLocal");
    private static final Set<String> VARIABLE_PROPERTIES = Set.of("variables", "variablesLocal", "variableNames",
            "variableNamesLocal");

    private final ModelBeans beans;
    /** Bean instances handed out by {@link AllowListedBeans}, to recognise them as a base again. */
    private final Map<Object, String> beanNames;

    ExpressionGuard(ModelBeans beans, Map<Object, String> beanNames) {
        this.beans = beans;
        this.beanNames = beanNames;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null) {
            checkRead(base, String.valueOf(property));
        }
        return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base != null) {
            checkCall(base, String.valueOf(method));
        }
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (base != null) {
            checkRead(base, String.valueOf(property));
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null) {
            throw refused("Expressions may not change \"" + property + "\" of " + describe(base) + ".");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    private void checkRead(Object base, String property) {
        refuseForbidden(property);
        if (base instanceof Map<?, ?> || base instanceof Collection<?> || base.getClass().isArray()) {
            if (!(base instanceof VariableScope)) {
                return;
            }
        }
        if (base instanceof VariableScope) {
            if (!VARIABLE_PROPERTIES.contains(property)) {
                throw refused("On execution and task, expressions may only read and write variables, not \"" + property
                        + "\".");
            }
            return;
        }
        String bean = beanNames.get(base);
        if (bean != null && beans.mayRead(bean, property)) {
            return;
        }
        throw refused(bean != null
                ? "\"" + bean + "\" has no property \"" + property + "\" that models may read."
                : "Expressions may not read \"" + property + "\" of " + describe(base) + ".");
    }

    private void checkCall(Object base, String method) {
        refuseForbidden(method);
        if (base instanceof VariableScope) {
            if (!VARIABLE_METHODS.contains(method)) {
                throw refused("On execution and task, expressions may only read and write variables, not call \"" + method
                        + "\".");
            }
            return;
        }
        String bean = beanNames.get(base);
        if (bean != null && beans.mayCall(bean, method)) {
            return;
        }
        throw refused(bean != null
                ? "\"" + bean + "\" has no method \"" + method + "\" that models may call."
                : "Expressions may only call methods of the program's beans, not \"" + method + "\" of " + describe(base) + ".");
    }

    private static void refuseForbidden(String name) {
        if (FORBIDDEN.contains(name.toLowerCase(Locale.ROOT))) {
            throw refused("Expressions may not use \"" + name + "\": it reaches the server's code.");
        }
    }

    private static String describe(Object base) {
        return "a " + base.getClass().getSimpleName();
    }

    private static ELException refused(String message) {
        return new ExpressionRefusedException(message);
    }

    /** What the guard throws: the engine reports it as the expression's error. */
    static final class ExpressionRefusedException extends ELException {
        ExpressionRefusedException(String message) {
            super("Refused by Mentorflow's expression sandbox: " + message);
        }
    }
}
