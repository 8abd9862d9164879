package com.mentorflow.modeler;

import static com.mentorflow.modeler.ModelValidator.CAMUNDA_BPMN;
import static com.mentorflow.modeler.ModelValidator.CAMUNDA_DMN;

import com.mentorflow.platform.ModelBeans;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The per-element rules of {@link ModelValidator}: nothing that runs code of the author's choosing, every
 * expression (attributes and texts alike: conditions, timers, listeners, mappings, assignments, DMN entries)
 * through {@link ExpressionCheck}, and what Mentorflow needs (form keys, messages it sends, a history
 * time-to-live). Each problem names the element and says what to do.
 */
final class ElementRules {

    /** The spellings of FEEL a decision may use; "javascript-feel" and the like are script engines. */
    private static final Set<String> DMN_LANGUAGES = Set.of("", "feel", "https://www.omg.org/spec/dmn/20191111/feel/",
            "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/dmn/20180521/feel/");
    /** Camunda attributes that name a Java class or a mapping bean: each one would run code of the model's choice. */
    private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass",
            "variableMappingDelegateExpression");
    /** Camunda still reads Activiti's namespace as its own: a model could hide camunda:class there. */
    private static final String ACTIVITI = "http://activiti.org/bpmn";
    private static final Pattern DELEGATE = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)\\s*}");
    private final ModelBeans beans;
    private final ExpressionCheck expressions;
    private final TimerCheck timers;
    private final ModelRules rules;
    private final Supplier<Set<String>> formKeys;
    private final Set<String> messages;

    ElementRules(ModelBeans beans, ExpressionCheck expressions, TimerCheck timers, ModelRules rules,
                 Supplier<Set<String>> formKeys, Set<String> messages) {
        this.beans = beans;
        this.expressions = expressions;
        this.timers = timers;
        this.rules = rules;
        this.formKeys = formKeys;
        this.messages = messages;
    }

    void walk(Element element, boolean dmn, List<ModelProblem> problems) {
        String id = element.getAttribute("id").isEmpty() ? ModelValidator.owner(element) : element.getAttribute("id");
        String local = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
        if (usesActivitiNamespace(element)) {
            problems.add(new ModelProblem(id, "modeler.rule.activiti", ACTIVITI));
        }
        if (dmn) {
            decisionRules(element, id, local, problems);
        } else {
            processRules(element, id, local, problems);
        }
        attributes(element, id, problems);
        // Texts the engine never evaluates: documentation, DMN descriptions, the text of a BPMN annotation.
        boolean prose = "documentation".equals(local) || "description".equals(local) || (!dmn && "text".equals(local));
        // The engine joins an element's text pieces (split by comments, CDATA or processing instructions) into
        // one expression, so the pieces are joined here too before they are checked.
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement, dmn, problems);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (!prose && !text.isEmpty()) {
            expression(id, text.toString(), problems);
            if (dmn) {
                FeelCheck.problem(text.toString()).ifPresent(why -> problems.add(new ModelProblem(id, why)));
            }
        }
    }

    private void processRules(Element element, String id, String local, List<ModelProblem> problems) {
        boolean camunda = CAMUNDA_BPMN.equals(element.getNamespaceURI());
        if ("scriptTask".equals(local)) {
            problems.add(new ModelProblem(id, "modeler.rule.scriptTask"));
        } else if (camunda && "script".equals(local)) {
            problems.add(new ModelProblem(id, "modeler.rule.script"));
        } else if (camunda && "connector".equals(local)) {
            problems.add(new ModelProblem(id, "modeler.rule.connector"));
        } else if (camunda && ("formData".equals(local) || "formField".equals(local))) {
            problems.add(new ModelProblem(id, "modeler.rule.formData"));
        } else if (!element.getAttribute("language").isBlank()) {
            problems.add(new ModelProblem(id, "modeler.rule.scriptCondition", element.getAttribute("language"), "${approved}"));
        } else if ("standardLoopCharacteristics".equals(local)) {
            problems.add(new ModelProblem(id, "modeler.rule.loop"));
        } else if ("conditionalEventDefinition".equals(local) || ("escalationEventDefinition".equals(local)
                && element.getParentNode() instanceof Element event && !"boundaryEvent".equals(event.getLocalName())
                && !"startEvent".equals(event.getLocalName()))) {
            problems.add(new ModelProblem(id, "modeler.rule.conditionalEvent"));
        } else if ("signalEventDefinition".equals(local)) {
            problems.add(new ModelProblem(id, "modeler.rule.signal", String.valueOf(messages)));
        } else if ("multiInstanceLoopCharacteristics".equals(local)) {
            MultiInstanceRules.notNested(id, element, problems);
        } else if ("loopCardinality".equals(local)) {
            MultiInstanceRules.count(id, element, rules.largestLoopCardinality(), problems);
        } else if ("import".equals(local) || ("extensionElements".equals(local) && element.hasAttribute("location"))) {
            problems.add(new ModelProblem(id, "modeler.rule.import"));
        } else if ("process".equals(local) && !"false".equals(element.getAttribute("isExecutable"))) {
            historyTimeToLive(element, id, CAMUNDA_BPMN, problems);
        } else if ("userTask".equals(local)) {
            formKey(element, id, problems);
        } else if ("message".equals(local) && !messages.contains(element.getAttribute("name"))) {
            problems.add(new ModelProblem(id, "modeler.rule.unknownMessage", element.getAttribute("name"),
                    String.valueOf(messages)));
        } else if ("callActivity".equals(local)) {
            problems.add(new ModelProblem(id, calledByItself(element) ? "modeler.rule.selfCall" : "modeler.rule.callActivity"));
        } else if ("failedJobRetryTimeCycle".equals(local)) {
            problems.add(new ModelProblem(id, "modeler.rule.retryCycle"));
        } else if ("timeDuration".equals(local) || "timeCycle".equals(local) || "timeDate".equals(local)) {
            String value = element.getTextContent().strip();
            timers.check(id, local, value, onStartEvent(element), expressions.problems(value).isEmpty(), problems);
        }
    }

    private static void decisionRules(Element element, String id, String local, List<ModelProblem> problems) {
        if (element.hasAttribute("expressionLanguage")
                && !DMN_LANGUAGES.contains(element.getAttribute("expressionLanguage").toLowerCase(Locale.ROOT))) {
            problems.add(new ModelProblem(id, "modeler.rule.notFeel", element.getAttribute("expressionLanguage")));
        }
        if ("decision".equals(local)) {
            historyTimeToLive(element, id, CAMUNDA_DMN, problems);
        }
    }

    private void attributes(Element element, String id, List<ModelProblem> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            // camunda:executionListener and its kin carry their settings as plain attributes (class="…").
            String namespace = attribute.getNamespaceURI() == null ? element.getNamespaceURI() : attribute.getNamespaceURI();
            boolean camunda = CAMUNDA_BPMN.equals(namespace) || CAMUNDA_DMN.equals(namespace);
            if (camunda && CODE_ATTRIBUTES.contains(name)) {
                problems.add(new ModelProblem(id, "modeler.rule.javaClass", name));
            } else if (camunda && "resource".equals(name)) {
                problems.add(new ModelProblem(id, "modeler.rule.resource"));
            } else if (camunda && "delegateExpression".equals(name)) {
                Matcher matcher = DELEGATE.matcher(attribute.getValue().strip());
                if (!matcher.matches() || !beans.delegateNames().contains(matcher.group(1))) {
                    problems.add(new ModelProblem(id, "modeler.rule.delegate", "${name}",
                            String.valueOf(beans.delegateNames())));
                }
            } else {
                expression(id, attribute.getValue(), problems);
            }
        }
    }

    private void expression(String id, String text, List<ModelProblem> problems) {
        expressions.problems(text).forEach(sentence -> problems.add(new ModelProblem(id, sentence)));
    }

    private void formKey(Element element, String id, List<ModelProblem> problems) {
        Set<String> known = formKeys.get();
        if (known == null) {
            return; // the shipped models deployed while the app starts; their form keys are tested
        }
        String formKey = element.getAttributeNS(CAMUNDA_BPMN, "formKey");
        if (formKey.isBlank()) {
            problems.add(new ModelProblem(id, "modeler.rule.noFormKey", String.valueOf(known)));
        } else if (!known.contains(formKey)) {
            problems.add(new ModelProblem(id, "modeler.rule.unknownForm", formKey, String.valueOf(known)));
        }
    }

    private static void historyTimeToLive(Element element, String id, String namespace, List<ModelProblem> problems) {
        if (element.getAttributeNS(namespace, "historyTimeToLive").isBlank()) {
            problems.add(new ModelProblem(id, "modeler.rule.historyTimeToLive"));
        }
    }

    private static boolean calledByItself(Element callActivity) {
        for (Node node = callActivity.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
            if ("process".equals(parent.getLocalName())) {
                return parent.getAttribute("id").equals(callActivity.getAttribute("calledElement").strip());
            }
        }
        return false;
    }

    /**
     * Whether the timer is checked as a start event's: floored (it may not fire more than once an hour) and allowed to
     * repeat without end. Every timer start event is, except one starting an event sub-process that sits directly in
     * the process: that one waits once for each process instance, as a boundary timer does, so it is checked like one
     * (a journey's year may last the variable length its pair agreed; a cycle there must say how often it repeats).
     * An event sub-process inside a sub-process starts again with every instance of it, so a loop could fire it
     * every second: it keeps the floor.
     */
    private static boolean onStartEvent(Element timerPart) {
        Node definition = timerPart.getParentNode();
        if (definition == null || !(definition.getParentNode() instanceof Element event)
                || !"startEvent".equals(event.getLocalName())) {
            return false;
        }
        return !(event.getParentNode() instanceof Element scope && "subProcess".equals(scope.getLocalName())
                && "true".equals(scope.getAttribute("triggeredByEvent"))
                && scope.getParentNode() instanceof Element owner && "process".equals(owner.getLocalName()));
    }

    private static boolean usesActivitiNamespace(Element element) {
        if (ACTIVITI.equals(element.getNamespaceURI())) {
            return true;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (ACTIVITI.equals(attributes.item(i).getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }
}
