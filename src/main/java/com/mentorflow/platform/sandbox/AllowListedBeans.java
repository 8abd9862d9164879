package com.mentorflow.platform.sandbox;

import com.mentorflow.platform.ModelBeans;
import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The engine's bean map ({@code ProcessEngineConfiguration.setBeans}): exactly the beans {@link ModelBeans}
 * allows, looked up when a model first names them (the engine is built before every module's beans exist).
 * With a bean map set, the engine never looks names up in the Spring context.
 */
final class AllowListedBeans extends AbstractMap<Object, Object> {

    private final ModelBeans beans;
    /** Every instance handed out, with its name, so {@link ExpressionGuard} knows a bean when it sees one. */
    private final Map<Object, String> handedOut;

    AllowListedBeans(ModelBeans beans, Map<Object, String> handedOut) {
        this.beans = beans;
        this.handedOut = handedOut;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && beans.isAllowed(name);
    }

    @Override
    public Object get(Object key) {
        if (!containsKey(key)) {
            return null;
        }
        Object bean = beans.bean((String) key);
        handedOut.put(bean, (String) key);
        return bean;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        Set<Entry<Object, Object>> entries = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>(beans.expressionBeanNames());
        names.addAll(beans.delegateNames());
        names.forEach(name -> entries.add(Map.entry(name, get(name))));
        return entries;
    }
}
