package com.mentorflow.modeler;

import com.mentorflow.tasks.TaskFormRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * Decides whether a BPMN or DMN model may run in Mentorflow, before anything is deployed: well-formed and
 * without DOCTYPE or entities; nothing that runs code of its author's choosing (script tasks and listeners,
 * {@code camunda:class}, expressions beyond the allow-listed beans); and fit for the app (known form keys,
 * timers that parse, messages the services correlate, a history time-to-live). Each problem names the element
 * and says what to change.
 */
@Service
public class ModelValidator {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

    /** What expressions may call besides the model's delegates: the program's calendars and rosters. */
    static final Set<String> EXPRESSION_BEANS = Set.of("programCalendar", "journeyPlan", "circlePlan", "circleRoster");
    /** Things an expression may use that are not beans. */
    private static final Set<String> EXPRESSION_WORDS = Set.of("execution", "task", "not", "and", "or", "eq", "ne", "lt", "gt",
            "le", "ge", "true", "false", "null", "empty", "div", "mod");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern CALL_ROOT = Pattern.compile("(?<![.\\w'\"])([A-Za-z_]\\w*)\\s*[.(\\[]");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\bgetClass\\b|\\bforName\\b|\\bRuntime\\b|\\bProcessBuilder\\b|\\bClassLoader\\b|\\.class\\b|\\bjavax?\\.|"
                    + "\\bT\\s*\\(|\\bnew\\s|\\bgetBean\\b|\\bapplicationContext\\b|\\bprocessEngine\\b|\\bSystem\\b|\\bexec\\s*\\(");
    private static final Pattern ISO_CYCLE = Pattern.compile("R\\d*/(.+)");

    /** A problem with a model: which element ({@code null} for the whole file) and what to do about it. */
    public record Problem(String elementId, String message) {

        @Override
        public String toString() {
            return (elementId == null ? "" : elementId + ": ") + message;
        }
    }

    private final ObjectProvider<TaskFormRegistry> forms;
    private final ApplicationContext context;
    private volatile Set<String> knownMessages;
    /**
     * The forms exist only once the application has started; the shipped models deployed while the engine
     * starts are checked for everything else (they are the reviewed source, and their form keys are tested).
     */
    private volatile boolean formsReady;

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void formsReady() {
        formsReady = true;
    }

    ModelValidator(ObjectProvider<TaskFormRegistry> forms, ApplicationContext context) {
        this.forms = forms;
        this.context = context;
    }

    public List<Problem> validate(String fileName, byte[] content) {
        List<Problem> problems = new ArrayList<>();
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean dmn = name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
        if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml") && !dmn) {
            problems.add(new Problem(null, "Upload a .bpmn or .dmn file."));
            return problems;
        }
        if (content == null || content.length == 0) {
            problems.add(new Problem(null, "The file is empty."));
            return problems;
        }
        if (content.length > MAX_BYTES) {
            problems.add(new Problem(null, "The model is " + content.length / (1024 * 1024) + " MB; models may be at most "
                    + MAX_BYTES / (1024 * 1024) + " MB."));
            return problems;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            problems.add(new Problem(null, "The file declares a DOCTYPE or entities, which models may not do (they can "
                    + "read files from the server). Remove the <!DOCTYPE …> part."));
            return problems;
        }
        if (text.contains("x-java-serialized-object") || text.contains("ObjectInputStream")) {
            problems.add(new Problem(null, "The model refers to Java object serialization, which Mentorflow does not "
                    + "allow (a serialized object can run code when it is read). Keep process variables to ids, text, "
                    + "numbers and JSON."));
            return problems;
        }
        Document document;
        try {
            document = secureBuilder().parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            problems.add(new Problem(null, "The file is not well-formed XML (line " + e.getLineNumber() + "): " + e.getMessage()));
            return problems;
        } catch (Exception e) {
            problems.add(new Problem(null, "The file could not be read as XML: " + e.getMessage()));
            return problems;
        }
        walk(document.getDocumentElement(), dmn, problems);
        if (problems.isEmpty()) {
            parseWithCamunda(content, dmn, problems);
        }
        return problems;
    }

    // ---- the checks -----------------------------------------------------------------------------------------

    private void walk(Element element, boolean dmn, List<Problem> problems) {
        String id = element.getAttribute("id").isEmpty() ? null : element.getAttribute("id");
        String local = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
        String namespace = element.getNamespaceURI();
        boolean camunda = CAMUNDA_BPMN.equals(namespace) || CAMUNDA_DMN.equals(namespace);

        if ("scriptTask".equals(local)) {
            problems.add(new Problem(id, "Script tasks are not allowed: they run code written into the model. Use a "
                    + "service task with one of Mentorflow's delegates."));
        }
        if (camunda && "script".equals(local)) {
            problems.add(new Problem(owner(element), "Script listeners and script inputs are not allowed: they run code "
                    + "written into the model."));
        }
        if ("import".equals(local) || ("extensionElements".equals(local) && element.hasAttribute("location"))) {
            problems.add(new Problem(id, "Imports of other files are not allowed."));
        }
        if (("process".equals(local) && !"false".equals(element.getAttribute("isExecutable")))
                || (dmn && "decision".equals(local))) {
            String ttl = element.getAttributeNS(dmn ? CAMUNDA_DMN : CAMUNDA_BPMN, "historyTimeToLive");
            if (ttl.isBlank()) {
                problems.add(new Problem(id, "Set a history time-to-live (camunda:historyTimeToLive, e.g. P730D) so the "
                        + "history of finished instances is cleaned up."));
            }
        }
        if ("userTask".equals(local) && formsReady) {
            String formKey = element.getAttributeNS(CAMUNDA_BPMN, "formKey");
            Set<String> known = knownFormKeys();
            if (formKey.isBlank()) {
                problems.add(new Problem(id, "A user task needs a form: set its form key to one of " + known + "."));
            } else if (!known.contains(formKey)) {
                problems.add(new Problem(id, "Mentorflow has no form \"" + formKey + "\"; use one of " + known + "."));
            }
        }
        if ("message".equals(local) && !dmn) {
            String messageName = element.getAttribute("name");
            if (!knownMessages().contains(messageName)) {
                problems.add(new Problem(id, "No part of Mentorflow sends the message \"" + messageName + "\", so it would "
                        + "never arrive; use one of " + knownMessages() + "."));
            }
        }
        if ("timeDuration".equals(local) || "timeCycle".equals(local) || "timeDate".equals(local)) {
            checkTimer(owner(element), local, element.getTextContent().strip(), problems);
        }
        if (dmn && ("decisionTable".equals(local) || "inputExpression".equals(local) || "inputEntry".equals(local)
                || "outputEntry".equals(local) || "literalExpression".equals(local))) {
            String language = element.getAttribute("expressionLanguage").toLowerCase(Locale.ROOT);
            if (!language.isEmpty() && !language.contains("feel") && !language.equals("juel")) {
                problems.add(new Problem(id == null ? owner(element) : id, "Only FEEL and JUEL expressions are allowed in "
                        + "decisions, not " + element.getAttribute("expressionLanguage") + "."));
            }
        }

        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            boolean camundaAttribute = CAMUNDA_BPMN.equals(attribute.getNamespaceURI())
                    || CAMUNDA_DMN.equals(attribute.getNamespaceURI());
            if (camundaAttribute && "class".equals(attributeName)) {
                problems.add(new Problem(id == null ? owner(element) : id, "Java classes (camunda:class) are not allowed; "
                        + "use a delegate expression naming one of Mentorflow's delegates."));
            } else if (camundaAttribute && "resource".equals(attributeName)) {
                problems.add(new Problem(id == null ? owner(element) : id, "External resources (camunda:resource) are not "
                        + "allowed: everything the model runs must be in it."));
            } else if (camundaAttribute && "delegateExpression".equals(attributeName)) {
                checkDelegate(id == null ? owner(element) : id, attribute.getValue(), problems);
            } else {
                checkExpressions(id == null ? owner(element) : id, attribute.getValue(), problems);
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement, dmn, problems);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                checkExpressions(id == null ? owner(element) : id, child.getNodeValue(), problems);
            }
        }
    }

    private void checkDelegate(String elementId, String expression, List<Problem> problems) {
        Matcher matcher = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)\\s*}").matcher(expression.strip());
        if (!matcher.matches() || !delegates().contains(matcher.group(1))) {
            problems.add(new Problem(elementId, "A service task must name one of Mentorflow's delegates as ${name}: "
                    + delegates() + "."));
        }
    }

    private void checkExpressions(String elementId, String text, List<Problem> problems) {
        if (text == null || (!text.contains("${") && !text.contains("#{"))) {
            return;
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = expression.group(1);
            if (FORBIDDEN.matcher(body).find()) {
                problems.add(new Problem(elementId, "The expression " + expression.group() + " reaches outside the program's "
                        + "own beans; expressions may only use process variables and " + allowedBeans() + "."));
                continue;
            }
            Matcher call = CALL_ROOT.matcher(body);
            while (call.find()) {
                String root = call.group(1);
                if (!allowedBeans().contains(root) && !EXPRESSION_WORDS.contains(root)) {
                    problems.add(new Problem(elementId, "The expression " + expression.group() + " calls \"" + root
                            + "\", which is not one of the beans models may use: " + allowedBeans() + "."));
                }
            }
        }
    }

    private static void checkTimer(String elementId, String kind, String value, List<Problem> problems) {
        if (value.isEmpty()) {
            problems.add(new Problem(elementId, "The timer has no " + kind + "."));
            return;
        }
        if (value.contains("${") || value.contains("#{")) {
            return; // expressions are checked like all others; the program calendar answers ISO-8601
        }
        try {
            switch (kind) {
                case "timeDuration" -> parseDuration(value);
                case "timeCycle" -> {
                    Matcher cycle = ISO_CYCLE.matcher(value);
                    if (!cycle.matches()) {
                        throw new IllegalArgumentException();
                    }
                    String[] parts = cycle.group(1).split("/");
                    parseDuration(parts[parts.length - 1]);
                }
                default -> OffsetDateTime.parse(value);
            }
        } catch (RuntimeException e) {
            problems.add(new Problem(elementId, "The timer \"" + value + "\" is not an ISO-8601 " + switch (kind) {
                case "timeDuration" -> "duration (e.g. P14D or PT12H) or a program-calendar expression such as "
                        + "${programCalendar.month}.";
                case "timeCycle" -> "cycle (e.g. R2/P3D) or a program-calendar expression.";
                default -> "date and time (e.g. 2027-01-31T09:00:00Z).";
            }));
        }
    }

    private static void parseDuration(String value) {
        if (value.contains("T")) {
            String[] parts = value.split("T", 2);
            if (parts[0].length() > 1) {
                Period.parse(parts[0]);
            }
            Duration.parse("PT" + parts[1]);
        } else {
            Period.parse(value);
        }
    }

    private static void parseWithCamunda(byte[] content, boolean dmn, List<Problem> problems) {
        try {
            if (dmn) {
                Dmn.readModelFromStream(new ByteArrayInputStream(content));
            } else {
                Bpmn.validateModel(Bpmn.readModelFromStream(new ByteArrayInputStream(content)));
            }
        } catch (RuntimeException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            problems.add(new Problem(null, "Camunda cannot read this model: " + message));
        }
    }

    // ---- what is known --------------------------------------------------------------------------------------

    private Set<String> knownFormKeys() {
        TaskFormRegistry registry = forms.getIfAvailable();
        return registry == null ? Set.of() : new TreeSet<>(registry.knownKeys());
    }

    /** The delegates Mentorflow's modules define (beans of type JavaDelegate in this application). */
    Set<String> delegates() {
        Set<String> names = new TreeSet<>();
        for (String name : context.getBeanNamesForType(JavaDelegate.class, true, false)) {
            names.add(name);
        }
        return names;
    }

    Set<String> allowedBeans() {
        Set<String> beans = new TreeSet<>(EXPRESSION_BEANS);
        beans.addAll(delegates());
        return beans;
    }

    /** Message names the shipped models use: those are the ones the services correlate. */
    Set<String> knownMessages() {
        Set<String> messages = knownMessages;
        if (messages == null) {
            Set<String> found = new HashSet<>();
            try {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn")) {
                    Document document = secureBuilder().parse(resource.getInputStream());
                    NodeList list = document.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "message");
                    for (int i = 0; i < list.getLength(); i++) {
                        found.add(((Element) list.item(i)).getAttribute("name"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("The shipped models cannot be read", e);
            }
            messages = Set.copyOf(new TreeSet<>(found));
            knownMessages = messages;
        }
        return messages;
    }

    private static String owner(Element element) {
        for (Node node = element; node != null; node = node.getParentNode()) {
            if (node instanceof Element e && !e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    static DocumentBuilder secureBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }
}
