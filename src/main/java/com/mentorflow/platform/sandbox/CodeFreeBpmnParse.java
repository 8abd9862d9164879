package com.mentorflow.platform.sandbox;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.BpmnParseFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The engine's BPMN parse, refusing at the source what would instantiate a class of the model's choosing:
 * a form handler class (instantiated while the model is parsed, so no later check could stop its constructor),
 * and a listener class on any element (activities, sequence flows, the process, task timeouts). Scripts are
 * refused by {@link NoScripts} wherever they appear.
 */
final class CodeFreeBpmnParse extends BpmnParse {

    static final BpmnParseFactory FACTORY = CodeFreeBpmnParse::new;

    private CodeFreeBpmnParse(BpmnParser parser) {
        super(parser);
    }

    @Override
    protected void parseStartFormHandlers(List<Element> startEventElements, ProcessDefinitionEntity processDefinition) {
        startEventElements.forEach(CodeFreeBpmnParse::refuseFormHandlerClass);
        super.parseStartFormHandlers(startEventElements, processDefinition);
    }

    @Override
    public TaskDefinition parseTaskDefinition(Element taskElement, String taskDefinitionKey, ActivityImpl activity,
                                              ProcessDefinitionEntity processDefinition) {
        refuseFormHandlerClass(taskElement);
        return super.parseTaskDefinition(taskElement, taskDefinitionKey, activity, processDefinition);
    }

    @Override
    public ExecutionListener parseExecutionListener(Element listenerElement, String ancestorElementId) {
        refuseClass(listenerElement, ancestorElementId);
        return super.parseExecutionListener(listenerElement, ancestorElementId);
    }

    @Override
    protected TaskListener parseTaskListener(Element listenerElement, String taskElementId) {
        refuseClass(listenerElement, taskElementId);
        return super.parseTaskListener(listenerElement, taskElementId);
    }

    private static void refuseFormHandlerClass(Element element) {
        if (element.attributeNS(CAMUNDA_BPMN_EXTENSIONS_NS, "formHandlerClass") != null) {
            throw refused(element.attribute("id") + " names a form handler class");
        }
    }

    private static void refuseClass(Element listener, String owner) {
        if (listener.attribute(PROPERTYNAME_CLASS) != null) {
            throw refused(owner + " has a listener class");
        }
    }

    private static ProcessEngineException refused(String what) {
        return new ProcessEngineException("The model was not deployed: it would run code of its own: " + what + ".");
    }
}
