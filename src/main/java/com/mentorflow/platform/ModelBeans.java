package com.mentorflow.platform;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The only beans BPMN/DMN models can reach: the delegates the modules define (beans of type {@link JavaDelegate},
 * named in {@code camunda:delegateExpression}) and the beans marked {@link ExpressionBean}, with exactly the
 * methods and properties their classes declare. The engine's expression sandbox resolves names through this, and
 * the model validator checks every expression against it, so both layers share one allow-list.
 */
@Component
public class ModelBeans {

    private final ApplicationContext context;
    /** Read on first use: at that point every module's beans are defined. */
    private volatile Map<String, Class<?>> expressionBeans;
    private volatile Set<String> delegates;

    ModelBeans(ApplicationContext context) {
        this.context = context;
    }

    /** Names of the {@link ExpressionBean}s. */
    public Set<String> expressionBeanNames() {
        return expressionBeans().keySet();
    }

    /** Names of the delegates a service task may name. */
    public Set<String> delegateNames() {
        Set<String> names = delegates;
        if (names == null) {
            names = Set.copyOf(new TreeSet<>(Arrays.asList(context.getBeanNamesForType(JavaDelegate.class, true, false))));
            delegates = names;
        }
        return names;
    }

    public boolean isAllowed(String name) {
        return expressionBeanNames().contains(name) || delegateNames().contains(name);
    }

    /** The bean itself, for the sandbox; only allow-listed names. */
    public Object bean(String name) {
        if (!isAllowed(name)) {
            throw new IllegalArgumentException(name + " is not a bean models may use");
        }
        return context.getBean(name);
    }

    /** Whether a name is any bean of the application (only to explain a refusal better). */
    public boolean isApplicationBean(String name) {
        return context.containsBean(name);
    }

    /** Whether models may call this method on this {@link ExpressionBean} (delegates have none to call). */
    public boolean mayCall(String bean, String method) {
        Class<?> type = expressionBeans().get(bean);
        return type != null && methods(type).contains(method);
    }

    /** Whether models may read this property of this {@link ExpressionBean} (a getter its class declares). */
    public boolean mayRead(String bean, String property) {
        Class<?> type = expressionBeans().get(bean);
        return type != null && properties(type).contains(property);
    }

    /** What a bean offers, for messages: its properties and methods. */
    public Set<String> members(String bean) {
        Class<?> type = expressionBeans().get(bean);
        if (type == null) {
            return Set.of();
        }
        Set<String> members = new TreeSet<>(properties(type));
        methods(type).stream().filter(m -> !isGetter(m)).map(m -> m + "(…)").forEach(members::add);
        return members;
    }

    private Map<String, Class<?>> expressionBeans() {
        Map<String, Class<?>> beans = expressionBeans;
        if (beans == null) {
            Map<String, Class<?>> found = new TreeMap<>();
            for (String name : context.getBeanNamesForAnnotation(ExpressionBean.class)) {
                found.put(name, ClassUtils.getUserClass(context.getType(name)));
            }
            beans = Map.copyOf(found);
            expressionBeans = beans;
        }
        return beans;
    }

    /**
     * A class's callable methods and readable properties, worked out once: the sandbox asks for every method call and
     * property read in every expression the engine evaluates (JFR of TimerWaveBenchmark: reflecting them afresh each
     * time was about 1.5% of a timer job's samples).
     */
    private static final ClassValue<Set<String>> METHODS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return declaredMethods(type);
        }
    };
    private static final ClassValue<Set<String>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return declaredProperties(type);
        }
    };

    private static Set<String> methods(Class<?> type) {
        return METHODS.get(type);
    }

    private static Set<String> properties(Class<?> type) {
        return PROPERTIES.get(type);
    }

    private static Set<String> declaredMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .map(Method::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> declaredProperties(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() == 0 && isGetter(m.getName()))
                .map(m -> Introspector.decapitalize(m.getName().substring(m.getName().startsWith("is") ? 2 : 3)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isGetter(String method) {
        return (method.startsWith("get") && method.length() > 3) || (method.startsWith("is") && method.length() > 2);
    }
}
