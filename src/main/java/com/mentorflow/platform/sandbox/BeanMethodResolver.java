package com.mentorflow.platform.sandbox;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;

/**
 * Calls methods and reads getters, but only on the allow-listed beans and on {@code execution}/{@code task}
 * (whose members {@link ExpressionGuard} has narrowed to variables). Every other object is left unresolved, so
 * even without the guard an expression could not walk from a value to its class or to anything else.
 */
final class BeanMethodResolver extends BeanELResolver {

    private final Map<Object, String> handedOut;

    BeanMethodResolver(Map<Object, String> handedOut) {
        super(true);
        this.handedOut = handedOut;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return reachable(base) ? super.getValue(context, base, property) : null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return reachable(base) ? super.getType(context, base, property) : null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        return reachable(base) ? super.invoke(context, base, method, paramTypes, params) : null;
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    private boolean reachable(Object base) {
        if (base == null) {
            return false;
        }
        if (base instanceof VariableScope) {
            return true;
        }
        return handedOut.containsKey(base);
    }
}
