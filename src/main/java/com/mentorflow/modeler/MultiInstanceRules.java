package com.mentorflow.modeler;

import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** How many parallel instances a multi-instance may make: a known count, and no nesting that multiplies it. */
final class MultiInstanceRules {

    private MultiInstanceRules() {
    }

    /** A plain number from 1 to the limit: an expression's count is unknown until it runs. */
    static void count(String id, Element cardinality, int largest, List<ModelProblem> problems) {
        String value = cardinality.getTextContent().strip();
        if (!value.matches("\\d+")) {
            problems.add(new ModelProblem(id, "modeler.rule.multiInstance.notNumber", String.valueOf(largest), value));
        } else if (value.length() > 9 || Integer.parseInt(value) > largest
                || Integer.parseInt(value) < 1) {
            problems.add(new ModelProblem(id, "modeler.rule.multiInstance.range", String.valueOf(largest), value));
        }
    }

    /** Multi-instances inside multi-instances multiply (7^8 executions made at once from allowed lists alone). */
    static void notNested(String id, Element characteristics, List<ModelProblem> problems) {
        Node activity = characteristics.getParentNode();
        for (Node outer = activity == null ? null : activity.getParentNode(); outer instanceof Element e; outer = e.getParentNode()) {
            if (RunawayCheck.children(e).stream().anyMatch(c -> "multiInstanceLoopCharacteristics".equals(c.getLocalName()))) {
                problems.add(new ModelProblem(id, "modeler.rule.multiInstance.nested"));
                return;
            }
        }
    }
}
