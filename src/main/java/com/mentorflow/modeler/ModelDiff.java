package com.mentorflow.modeler;

import com.mentorflow.platform.Sentence;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What changed between two versions of a model, as a readable list: elements added, removed and changed (by
 * id; diagram layout is ignored). An element's own settings include those of its unnamed children, such as
 * a timer's duration or a flow's condition.
 */
public final class ModelDiff {

    private static final String DIAGRAM = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DMN_DIAGRAM = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

    private ModelDiff() {
    }

    /** The changes in English, one line each ("changed Task_1: name "Plan" → "Plan the year""). */
    public static List<String> changes(byte[] before, byte[] after) {
        return sentences(before, after).stream().map(Sentence::toString).toList();
    }

    /** The same changes, for each reader in their language (element ids and settings stay as the model has them). */
    public static List<Sentence> sentences(byte[] before, byte[] after) {
        Map<String, String> old = elements(before);
        Map<String, String> now = elements(after);
        List<Sentence> changes = new ArrayList<>();
        now.forEach((id, signature) -> {
            if (!old.containsKey(id)) {
                changes.add(Sentence.of("modeler.diff.added", id, signature.substring(0, signature.indexOf('|'))));
            } else if (!old.get(id).equals(signature)) {
                changes.add(Sentence.of("modeler.diff.changed", id, describe(old.get(id), signature)));
            }
        });
        old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> changes.add(Sentence.of("modeler.diff.removed", id)));
        return changes;
    }

    private static Object describe(String before, String after) {
        Map<String, String> a = settings(before);
        Map<String, String> b = settings(after);
        List<Sentence> parts = new ArrayList<>();
        b.forEach((key, value) -> {
            if (!value.equals(a.get(key))) {
                parts.add(a.containsKey(key) ? Sentence.of("modeler.diff.setting.changed", key, a.get(key), value)
                        : Sentence.of("modeler.diff.setting.set", key, value));
            }
        });
        a.keySet().stream().filter(key -> !b.containsKey(key)).forEach(key -> parts.add(Sentence.of("modeler.diff.setting.removed", key)));
        return parts.isEmpty() ? Sentence.of("modeler.diff.details") : parts;
    }

    private static Map<String, String> settings(String signature) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String part : signature.substring(signature.indexOf('|') + 1).split("\u0001")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                settings.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return settings;
    }

    private static Map<String, String> elements(byte[] xml) {
        try {
            Element root = ModelXml.secureBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            Map<String, String> elements = new LinkedHashMap<>();
            collect(root, elements);
            return elements;
        } catch (Exception e) {
            throw new IllegalArgumentException("The model cannot be read: " + e.getMessage(), e);
        }
    }

    private static void collect(Element element, Map<String, String> elements) {
        if (DIAGRAM.equals(element.getNamespaceURI()) || DMN_DIAGRAM.equals(element.getNamespaceURI())
                || "BPMNDiagram".equals(element.getLocalName())) {
            return;
        }
        if (!element.getAttribute("id").isEmpty()) {
            Map<String, String> settings = new TreeMap<>();
            own(element, "", settings);
            StringBuilder signature = new StringBuilder(element.getLocalName()).append('|');
            settings.forEach((k, v) -> signature.append(k).append('=').append(v).append('\u0001'));
            elements.put(element.getAttribute("id"), signature.toString());
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, elements);
            }
        }
    }

    /** An element's attributes and the text of its children that have no id of their own. */
    private static void own(Element element, String prefix, Map<String, String> settings) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (!"id".equals(name) && !"xmlns".equals(attribute.getPrefix()) && !"xmlns".equals(name)) {
                settings.put(prefix + name, attribute.getValue());
            }
        }
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (e.getAttribute("id").isEmpty()) {
                    String key = prefix + e.getLocalName();
                    int n = 1;
                    while (settings.containsKey(key) || settings.keySet().stream().anyMatch(k -> k.startsWith(prefix + e.getLocalName() + "."))) {
                        key = prefix + e.getLocalName() + "#" + (++n);
                        if (!settings.containsKey(key)) {
                            break;
                        }
                    }
                    own(e, key + ".", settings);
                    String inner = settings.remove(key + ".text");
                    if (inner != null) {
                        settings.put(key, inner);
                    }
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (!text.toString().isBlank()) {
            settings.put(prefix + "text", text.toString().strip());
        }
    }
}
