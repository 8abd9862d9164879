package com.mentorflow.modeler;

import com.mentorflow.platform.ExpressionSandbox;
import com.mentorflow.platform.ModelBeans;
import com.mentorflow.tasks.TaskFormRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
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
    private static final int MAX_REPEATING_TIMERS = 10;
    static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

    private final ObjectProvider<TaskFormRegistry> forms;
    private final ModelBeans beans;
    private final ExpressionCheck expressions;
    private final TimerCheck timers;
    private final ModelRules rules;
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

    ModelValidator(ObjectProvider<TaskFormRegistry> forms, ModelBeans beans, ExpressionSandbox sandbox, ModelRules rules) {
        this.forms = forms;
        this.beans = beans;
        this.expressions = new ExpressionCheck(beans);
        this.timers = new TimerCheck(sandbox, expressions, rules.shortestTimerCycle());
        this.rules = rules;
    }

    public List<ModelProblem> validate(String fileName, byte[] content) {
        List<ModelProblem> problems = new ArrayList<>();
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean dmn = name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
        if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml") && !dmn) {
            problems.add(new ModelProblem(null, "modeler.rule.fileType"));
            return problems;
        }
        if (content == null || content.length == 0) {
            problems.add(new ModelProblem(null, "modeler.rule.empty"));
            return problems;
        }
        if (content.length > MAX_BYTES) {
            // Rounded up, so a model just over the limit never reads as "2.0 MB; at most 2 MB".
            double megabytes = Math.ceil(content.length * 10.0 / (1024 * 1024)) / 10;
            problems.add(new ModelProblem(null, "modeler.rule.tooLarge", megabytes, MAX_BYTES / (1024 * 1024)));
            return problems;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            problems.add(new ModelProblem(null, "modeler.rule.doctype"));
            return problems;
        }
        if (text.contains("x-java-serialized-object") || text.contains("ObjectInputStream")) {
            problems.add(new ModelProblem(null, "modeler.rule.serialization"));
            return problems;
        }
        Document document;
        try {
            document = ModelXml.secureBuilder().parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            problems.add(e.getMessage() != null && e.getMessage().contains("maxElementDepth")
                    ? new ModelProblem(null, "modeler.rule.tooDeep", String.valueOf(ModelXml.MAX_DEPTH))
                    : new ModelProblem(null, "modeler.rule.notXml", String.valueOf(e.getLineNumber()), e.getMessage()));
            return problems;
        } catch (Exception e) {
            problems.add(new ModelProblem(null, "modeler.rule.unreadable", e.getMessage()));
            return problems;
        }
        try {
            new ElementRules(beans, expressions, timers, rules, this::knownFormKeys, knownMessages())
                    .walk(document.getDocumentElement(), dmn, problems);
            if (!dmn) {
                new RunawayCheck(timers).check(document.getDocumentElement(), problems);
                int cycles = document.getElementsByTagNameNS(RunawayCheck.BPMN, "timeCycle").getLength();
                if (cycles > MAX_REPEATING_TIMERS) {
                    problems.add(new ModelProblem(null, "modeler.rule.tooManyTimers", String.valueOf(cycles),
                            String.valueOf(MAX_REPEATING_TIMERS)));
                }
            }
        } catch (StackOverflowError e) {
            problems.add(new ModelProblem(null, "modeler.rule.tooDeepToCheck"));
            return problems;
        }
        if (problems.isEmpty()) {
            parseWithCamunda(content, dmn, problems);
        }
        return problems;
    }

    private static void parseWithCamunda(byte[] content, boolean dmn, List<ModelProblem> problems) {
        try {
            if (dmn) {
                Dmn.readModelFromStream(new ByteArrayInputStream(content));
            } else {
                Bpmn.validateModel(Bpmn.readModelFromStream(new ByteArrayInputStream(content)));
            }
        } catch (RuntimeException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            problems.add(new ModelProblem(null, "modeler.rule.camunda", message));
        }
    }

    // ---- what is known --------------------------------------------------------------------------------------

    /** The form keys of the app's forms; {@code null} while the app starts (see {@link #formsReady}). */
    private Set<String> knownFormKeys() {
        if (!formsReady) {
            return null; // asking for the registry now would build the forms, which need the engine being built
        }
        TaskFormRegistry registry = forms.getIfAvailable();
        if (registry == null) {
            return null;
        }
        return new TreeSet<>(registry.knownKeys());
    }

    /** Message names the shipped models use: those are the ones the services correlate. */
    Set<String> knownMessages() {
        Set<String> messages = knownMessages;
        if (messages == null) {
            Set<String> found = new HashSet<>();
            try {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn")) {
                    Document document = ModelXml.secureBuilder().parse(resource.getInputStream());
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

    static String owner(Element element) {
        for (Node node = element; node != null; node = node.getParentNode()) {
            if (node instanceof Element e && !e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }
}
