package com.mentorflow.modeler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Refuses a BPMN model that would run on without ever waiting: a loop of steps none of which waits for a
 * person, a message or a timer. The engine runs such a loop inside one transaction until the node runs out of
 * memory (seen: 1.1 to 6.7 GB, and the node no longer stopped on SIGTERM). Each process and sub-process is
 * checked on its own; boundary events and link events count as the paths they are.
 */
final class RunawayCheck {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Set<String> CONTAINERS = Set.of("process", "subProcess", "transaction", "adHocSubProcess");
    private static final Set<String> FLOW_NODES = Set.of("task", "userTask", "serviceTask", "sendTask", "receiveTask",
            "manualTask", "businessRuleTask", "scriptTask", "callActivity", "subProcess", "transaction", "adHocSubProcess",
            "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway", "startEvent",
            "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent");

    /** Splits that start more than one path at once: in a loop their paths multiply without end. */
    private static final Set<String> SPLITS = Set.of("parallelGateway", "inclusiveGateway", "complexGateway");

    private final TimerCheck timers;

    RunawayCheck(TimerCheck timers) {
        this.timers = timers;
    }

    void check(Element root, List<ModelProblem> problems) {
        NodeList all = root.getElementsByTagNameNS(BPMN, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (CONTAINERS.contains(element.getLocalName())) {
                checkScope(element, problems);
            }
        }
    }

    private void checkScope(Element scope, List<ModelProblem> problems) {
        Map<String, Element> nodes = new LinkedHashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        Map<String, List<String>> linkTargets = new HashMap<>();
        for (Element child : children(scope)) {
            if (FLOW_NODES.contains(child.getLocalName())) {
                nodes.put(child.getAttribute("id"), child);
                String link = linkName(child);
                if (link != null && "intermediateCatchEvent".equals(child.getLocalName())) {
                    linkTargets.computeIfAbsent(link, k -> new ArrayList<>()).add(child.getAttribute("id"));
                }
            }
        }
        for (Element child : children(scope)) {
            if ("sequenceFlow".equals(child.getLocalName())) {
                edge(next, child.getAttribute("sourceRef"), child.getAttribute("targetRef"));
            } else if ("boundaryEvent".equals(child.getLocalName())) {
                edge(next, child.getAttribute("attachedToRef"), child.getAttribute("id"));
            } else if ("intermediateThrowEvent".equals(child.getLocalName()) && linkName(child) != null) {
                linkTargets.getOrDefault(linkName(child), List.of()).forEach(t -> edge(next, child.getAttribute("id"), t));
            }
        }
        Set<String> done = new HashSet<>();
        for (String start : nodes.keySet()) {
            List<String> loop = findLoop(start, nodes, next, new ArrayList<>(), new HashSet<>(), done);
            if (loop != null) {
                problems.add(new ModelProblem(loop.get(0), "modeler.rule.runaway.loop", String.join(" → ", loop), loop.get(0)));
                return;
            }
        }
        Map<String, Integer> incoming = new HashMap<>();
        next.values().forEach(targets -> targets.forEach(t -> incoming.merge(t, 1, Integer::sum)));
        for (Element node : nodes.values()) {
            if (multipliesInALoop(node, next, incoming.getOrDefault(node.getAttribute("id"), 0))) {
                problems.add(new ModelProblem(node.getAttribute("id"), "modeler.rule.runaway.multiply", node.getAttribute("id")));
                return;
            }
        }
    }

    /**
     * Whether a step in a loop starts paths faster than they end. A split that only splits (one way in) and sends one
     * branch round the loop, the others on to their ends, adds one path a pass, like a loop that waits a month and
     * opens each month's work beside it; two branches back, or a split that also joins the loop, multiply.
     */
    private static boolean multipliesInALoop(Element node, Map<String, List<String>> next, int incoming) {
        String id = node.getAttribute("id");
        String kind = node.getLocalName();
        if ("boundaryEvent".equals(kind)) {
            return "false".equals(node.getAttribute("cancelActivity")) && reaches(id, id, next);
        }
        List<String> branches = next.getOrDefault(id, List.of());
        if (!SPLITS.contains(kind) || branches.size() < 2) {
            return false;
        }
        long back = branches.stream().filter(target -> target.equals(id) || reaches(target, id, next)).count();
        return back > 1 || (back == 1 && incoming > 1);
    }

    private static boolean reaches(String from, String target, Map<String, List<String>> next) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(next.getOrDefault(from, List.of()));
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (id.equals(target)) {
                return true;
            }
            if (seen.add(id)) {
                todo.addAll(next.getOrDefault(id, List.of()));
            }
        }
        return false;
    }

    /** Depth-first search over steps that do not wait; a step met again on the current path closes a loop. */
    private List<String> findLoop(String id, Map<String, Element> nodes, Map<String, List<String>> next,
                                         List<String> path, Set<String> onPath, Set<String> done) {
        Element node = nodes.get(id);
        if (node == null || waits(node) || done.contains(id)) {
            return null;
        }
        if (onPath.contains(id)) {
            return new ArrayList<>(path.subList(path.indexOf(id), path.size()));
        }
        path.add(id);
        onPath.add(id);
        for (String target : next.getOrDefault(id, List.of())) {
            List<String> loop = findLoop(target, nodes, next, path, onPath, done);
            if (loop != null) {
                return loop;
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(id);
        done.add(id);
        return null;
    }

    /**
     * Whether the engine surely stops at this step until something from outside happens: a person, a message,
     * or a timer of at least the shortest interval. A condition that already holds passes at once, so
     * conditional events do not count.
     */
    boolean waits(Element node) {
        String kind = node.getLocalName();
        if (children(node).stream().anyMatch(c -> "multiInstanceLoopCharacteristics".equals(c.getLocalName()))) {
            return false; // its list may be empty, and then the engine passes it at once
        }
        return switch (kind) {
            case "userTask", "receiveTask" -> true;
            case "serviceTask", "sendTask", "businessRuleTask" ->
                    "external".equals(node.getAttributeNS(ModelValidator.CAMUNDA_BPMN, "type"));
            case "intermediateCatchEvent", "boundaryEvent" -> children(node).stream().anyMatch(this::waitingDefinition);
            case "subProcess", "transaction", "adHocSubProcess" -> !completesWithoutWaiting(node);
            default -> false;
        };
    }

    private boolean waitingDefinition(Element definition) {
        return switch (definition.getLocalName()) {
            case "messageEventDefinition" -> true;
            case "timerEventDefinition" -> children(definition).stream()
                    .anyMatch(t -> timers.waitsLongEnough(t.getLocalName(), t.getTextContent().strip()));
            default -> false;
        };
    }

    /**
     * Whether the sub-process can complete without waiting: from a start event, every path a parallel split
     * starts, or one of the paths a choice allows, reaches a step with no way on, passing no step that waits.
     */
    private boolean completesWithoutWaiting(Element subProcess) {
        Map<String, Element> nodes = new LinkedHashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        Set<String> conditional = new HashSet<>();
        for (Element child : children(subProcess)) {
            if (FLOW_NODES.contains(child.getLocalName()) && !"true".equals(child.getAttribute("triggeredByEvent"))) {
                nodes.put(child.getAttribute("id"), child);
            } else if ("sequenceFlow".equals(child.getLocalName())) {
                edge(next, child.getAttribute("sourceRef"), child.getAttribute("targetRef"));
                if (children(child).stream().anyMatch(c -> "conditionExpression".equals(c.getLocalName()))) {
                    conditional.add(child.getAttribute("sourceRef"));
                }
            }
        }
        return nodes.values().stream().filter(n -> "startEvent".equals(n.getLocalName()))
                .anyMatch(start -> completes(start.getAttribute("id"), nodes, next, conditional, new HashSet<>()));
    }

    private boolean completes(String id, Map<String, Element> nodes, Map<String, List<String>> next, Set<String> conditional,
                              Set<String> onPath) {
        Element node = nodes.get(id);
        if (node == null || !onPath.add(id) || waits(node)) {
            return false;
        }
        List<String> onward = next.getOrDefault(id, List.of());
        boolean all = "parallelGateway".equals(node.getLocalName())
                || (!node.getLocalName().endsWith("Gateway") && !conditional.contains(id));
        boolean result = onward.isEmpty() || (all
                ? onward.stream().allMatch(t -> completes(t, nodes, next, conditional, new HashSet<>(onPath)))
                : onward.stream().anyMatch(t -> completes(t, nodes, next, conditional, new HashSet<>(onPath))));
        onPath.remove(id);
        return result;
    }

    private static String linkName(Element event) {
        for (Element definition : children(event)) {
            if ("linkEventDefinition".equals(definition.getLocalName())) {
                return definition.getAttribute("name");
            }
        }
        return null;
    }

    private static void edge(Map<String, List<String>> next, String from, String to) {
        next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && BPMN.equals(element.getNamespaceURI())) {
                children.add(element);
            }
        }
        return children;
    }
}
