package com.mentorflow.platform.sandbox;

import com.mentorflow.platform.ModelBeans;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager, for BPMN and (through the engine's EL provider) DMN alike. Unlike Camunda's
 * Spring one it sees no Spring context, only the {@link AllowListedBeans}, and every step is checked by the
 * {@link ExpressionGuard} first. Lists, maps and arrays are read-only; there is no general bean resolver, so
 * properties of other objects cannot be read at all.
 */
public final class SandboxedExpressionManager extends JuelExpressionManager {

    private final ModelBeans modelBeans;
    /** Identity, not equals: a bean is recognised only as the very instance handed out. */
    private final Map<Object, String> handedOut;

    private SandboxedExpressionManager(ModelBeans modelBeans, Map<Object, String> handedOut) {
        super(new AllowListedBeans(modelBeans, handedOut));
        this.modelBeans = modelBeans;
        this.handedOut = handedOut;
    }

    public static SandboxedExpressionManager of(ModelBeans modelBeans) {
        return new SandboxedExpressionManager(modelBeans, Collections.synchronizedMap(new IdentityHashMap<>()));
    }

    /** The engine's bean map: only the allow-listed beans. */
    public Map<Object, Object> beans() {
        return beans;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new ExpressionGuard(modelBeans, handedOut));
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new BeanMethodResolver(handedOut));
        resolver.add(new ArrayELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new MapELResolver(true));
        return resolver;
    }

    /**
     * Evaluates an expression that needs no process variables (e.g. a timer cycle built from the program
     * calendar), in the same sandbox, outside any engine command.
     */
    public Object evaluateWithoutVariables(String expression) {
        ELContext context = createElContext(Variables.emptyVariableContext());
        return createValueExpression(expression).getValue(context);
    }
}
