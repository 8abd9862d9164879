package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.insights.DiagramGeometry.Box;
import com.mentorflow.insights.DiagramGeometry.Point;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Program managers read the shipped models on Process maps: every branch of a decision says which way it goes,
 * names are words rather than expressions, and no flow is drawn through a box. Plain model API, no engine: each
 * failure lists every offence as "file: element id: reason".
 */
class ShippedModelsReadableTest {

    static Stream<Path> models() throws IOException {
        return Files.list(Path.of("processes")).filter(file -> file.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyBranchOfADecisionIsNamed(Path file) {
        assertThat(unnamedBranches(file)).as("unnamed branches").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void namesAreWordsNotExpressions(Path file) {
        assertThat(expressionNames(file)).as("names with expressions").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void noFlowRunsThroughAShape(Path file) {
        assertThat(flowsThroughShapes(file)).as("flows drawn through shapes").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void labelsStandClear(Path file) {
        assertThat(coveredLabels(file)).as("labels covered by a shape, a flow or another label").isEmpty();
    }

    static List<String> unnamedBranches(Path file) {
        List<String> offences = new ArrayList<>();
        for (ExclusiveGateway gateway : read(file).getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() > 1) {
                for (SequenceFlow flow : gateway.getOutgoing()) {
                    if (flow.getName() == null || flow.getName().isBlank()) {
                        offences.add(file.getFileName() + ": " + flow.getId() + ": leaves decision "
                                + gateway.getId() + " (\"" + gateway.getName() + "\") without a name");
                    }
                }
            }
        }
        return offences;
    }

    static List<String> expressionNames(Path file) {
        List<String> offences = new ArrayList<>();
        for (BaseElement element : read(file).getModelElementsByType(BaseElement.class)) {
            String name = element.getAttributeValue("name");
            if (name != null && name.contains("${")) {
                offences.add(file.getFileName() + ": " + element.getId() + ": name \"" + name + "\" shows an expression");
            }
        }
        return offences;
    }

    static List<String> flowsThroughShapes(Path file) {
        BpmnModelInstance model = read(file);
        List<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof FlowNode).toList();
        List<String> offences = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
                continue;
            }
            Set<String> own = ownShapes(flow);
            List<Box> allowed = shapes.stream().filter(shape -> ends(flow).contains(shape.getBpmnElement().getId()))
                    .map(shape -> Box.of(shape.getBounds())).toList();
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            for (BpmnShape shape : shapes) {
                if (own.contains(shape.getBpmnElement().getId())) {
                    continue;
                }
                for (int i = 1; i < points.size(); i++) {
                    double inside = DiagramGeometry.lengthInside(Point.of(points.get(i - 1)), Point.of(points.get(i)),
                            Box.of(shape.getBounds()), allowed);
                    if (inside > 1) {
                        offences.add(file.getFileName() + ": " + flow.getId() + ": segment " + i + " runs "
                                + Math.round(inside) + " px through " + shape.getBpmnElement().getId());
                        break;
                    }
                }
            }
        }
        return offences;
    }

    /**
     * Labels placed in the diagram (an element without label bounds gets the viewer's default place and is not
     * checked) overlap no other label and no task, event or gateway, and no flow runs through them.
     */
    static List<String> coveredLabels(Path file) {
        BpmnModelInstance model = read(file);
        List<Label> labels = Label.all(model);
        List<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof FlowNode && !(shape.getBpmnElement() instanceof SubProcess))
                .toList();
        List<String> offences = new ArrayList<>();
        for (Label label : labels) {
            for (Label other : labels) {
                if (label.owner().compareTo(other.owner()) < 0 && label.box().overlaps(other.box())) {
                    offences.add(file.getFileName() + ": " + label.owner() + ": label overlaps the label of " + other.owner());
                }
            }
            for (BpmnShape shape : shapes) {
                if (!shape.getBpmnElement().getId().equals(label.owner()) && label.box().overlaps(Box.of(shape.getBounds()))) {
                    offences.add(file.getFileName() + ": " + label.owner() + ": label overlaps " + shape.getBpmnElement().getId());
                }
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            for (Label label : labels) {
                for (int i = 1; i < points.size() && !label.owner().equals(edge.getBpmnElement().getId()); i++) {
                    if (DiagramGeometry.lengthInside(Point.of(points.get(i - 1)), Point.of(points.get(i)), label.box(), List.of()) > 1) {
                        offences.add(file.getFileName() + ": " + edge.getBpmnElement().getId() + ": runs through the label of "
                                + label.owner());
                        break;
                    }
                }
            }
        }
        return offences;
    }

    /** A label the diagram places itself, with the id of the element it names. */
    private record Label(String owner, Box box) {

        static List<Label> all(BpmnModelInstance model) {
            List<Label> labels = new ArrayList<>();
            for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
                if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                    labels.add(new Label(shape.getBpmnElement().getId(), Box.of(shape.getBpmnLabel().getBounds())));
                }
            }
            for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
                if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                    labels.add(new Label(edge.getBpmnElement().getId(), Box.of(edge.getBpmnLabel().getBounds())));
                }
            }
            return labels;
        }
    }

    /** A flow may touch its source and target, and it is drawn inside the sub-processes that contain it. */
    private static Set<String> ownShapes(SequenceFlow flow) {
        Set<String> own = new HashSet<>(ends(flow));
        for (ModelElementInstance parent = flow.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof SubProcess subProcess) {
                own.add(subProcess.getId());
            }
        }
        return own;
    }

    /**
     * The source and target; a boundary event's host is not one of them, so a flow drawn back across the task it
     * leaves still counts, while the stretch inside the event itself (which straddles the task's edge) is excused.
     */
    private static Set<String> ends(SequenceFlow flow) {
        return Set.of(flow.getSource().getId(), flow.getTarget().getId());
    }

    private static BpmnModelInstance read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
