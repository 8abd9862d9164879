package com.mentorflow.platform.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.ClassDelegateActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.ScriptTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.ScriptExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.core.variable.mapping.IoParameter;
import org.camunda.bpm.engine.impl.delegate.ClassDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.scripting.ScriptCondition;
import org.camunda.bpm.engine.impl.scripting.ScriptValueProvider;
import org.camunda.bpm.engine.impl.task.listener.ScriptTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The engine-side twin of the validator for code that is not an expression: after the engine has parsed a
 * BPMN model, any Java class it would instantiate ({@code camunda:class} on a task or listener, also in the old
 * Activiti namespace) and any script (task, listener, condition, input/output) refuses the whole deployment.
 * Nothing runs before the parse, so a model the validator missed still never reaches a class or script engine.
 */
final class CodeFreeParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
        List<String> found = new ArrayList<>();
        for (ProcessDefinitionEntity process : processDefinitions) {
            listeners(process.getKey(), process, found);
            process.getActivities().forEach(activity -> check(activity, found));
        }
        if (!found.isEmpty()) {
            throw new ProcessEngineException("The model was not deployed: it would run code of its own: "
                    + String.join("; ", found) + ".");
        }
    }

    private static void check(ActivityImpl activity, List<String> found) {
        String id = activity.getId();
        Object behavior = activity.getActivityBehavior();
        if (behavior instanceof ClassDelegate || behavior instanceof ClassDelegateActivityBehavior) {
            found.add(id + " (a Java class)");
        } else if (behavior instanceof ScriptTaskActivityBehavior) {
            found.add(id + " (a script)");
        }
        if (behavior instanceof UserTaskActivityBehavior userTask) {
            List<TaskListener> taskListeners = new ArrayList<>();
            userTask.getTaskDefinition().getTaskListeners().values().forEach(taskListeners::addAll);
            taskListeners.stream().filter(l -> l instanceof ClassDelegate || l instanceof ScriptTaskListener)
                    .forEach(l -> found.add(id + " (a task listener class or script)"));
        }
        listeners(id, activity, found);
        if (activity.getIoMapping() != null) {
            List<IoParameter> parameters = new ArrayList<>(activity.getIoMapping().getInputParameters());
            parameters.addAll(activity.getIoMapping().getOutputParameters());
            parameters.stream().filter(p -> p.getValueProvider() instanceof ScriptValueProvider)
                    .forEach(p -> found.add(id + " (a script mapping " + p.getName() + ")"));
        }
        for (PvmTransition transition : activity.getOutgoingTransitions()) {
            if (transition.getProperty(BpmnParse.PROPERTYNAME_CONDITION) instanceof ScriptCondition) {
                found.add(transition.getId() + " (a script condition)");
            }
        }
        activity.getActivities().forEach(inner -> check(inner, found));
    }

    private static void listeners(String id, CoreModelElement element, List<String> found) {
        element.getListeners().values().stream().flatMap(Collection::stream)
                .filter(l -> l instanceof ClassDelegate || l instanceof ScriptExecutionListener)
                .forEach(l -> found.add(id + " (an execution listener class or script)"));
    }
}
