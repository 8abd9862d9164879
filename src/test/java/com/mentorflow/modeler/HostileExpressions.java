package com.mentorflow.modeler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Expressions that try to reach the server's code or data, each put where expressions hide in a model. Every
 * combination must be refused by the validator, and must fail when evaluated with the validator taken out
 * (the sandbox alone). A payload that runs a command touches {@link #MARKER} plus the case's number, so a test
 * can see that nothing ran.
 */
final class HostileExpressions {

    static final String MARKER = System.getProperty("java.io.tmpdir") + "/mentorflow-sandbox-breached-";

    /** Where the expression sits, and how a test makes the engine evaluate it. */
    enum Placement { START, START_FORM, DECISION }

    record Case(int number, String name, String file, String xml, Placement placement) {

        @Override
        public String toString() {
            return number + ": " + name;
        }
    }

    /** The classes of bypass: each is an expression body (without ${ }) that must never run. */
    static Map<String, String> payloads(int number) {
        String touch = "'touch " + MARKER + number + "'";
        return Map.ofEntries(
                Map.entry("getClass/forName to Runtime.exec",
                        "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec(" + touch + ")"),
                Map.entry("a } inside a string literal hiding the rest from a scanner",
                        "'}'.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec(" + touch + ")"),
                Map.entry("execution to the engine's services",
                        "execution.processEngineServices.managementService.tableCount"),
                Map.entry("execution to the engine configuration's data source",
                        "execution.getProcessEngine().getProcessEngineConfiguration().getDataSource().getConnection()"),
                Map.entry("reflection by property names built from strings",
                        "execution['cla'.concat('ss')]['class'.concat('Loader')]"),
                Map.entry("a bean in parentheses", "(jdbcTemplate).queryForList('select username, password_hash from mentorflow.account')"),
                Map.entry("any Spring bean", "applicationContext.getBean('dataSource').connection"),
                Map.entry("an allowed bean's class loader", "programCalendar.getClass().getClassLoader().loadClass('java.lang.Runtime')"),
                Map.entry("an allowed bean's class by bracket", "programCalendar['class'].classLoader"),
                Map.entry("a method named through a variable", "programCalendar[method]()"),
                Map.entry("a function", "dateTime().getClass().forName('java.lang.Runtime')"),
                Map.entry("a value's class from a variable", "x.getClass().getClassLoader()"));
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        int[] number = {1};
        // Every bypass class in a service task's expression.
        payloads(0).keySet().stream().sorted().forEach(name -> {
            int n = number[0]++;
            String body = payloads(n).get(name);
            cases.add(bpmn(n, name + " (service task expression)", Placement.START,
                    "<bpmn:serviceTask id=\"Step\" camunda:expression=\"${" + attr(body) + "}\" />"));
        });
        // Three of them in every other place an expression can hide.
        for (String name : List.of("getClass/forName to Runtime.exec", "execution to the engine configuration's data source",
                "a bean in parentheses")) {
            for (Map.Entry<String, UnaryOperator<String>> place : places().entrySet()) {
                int n = number[0]++;
                String expression = "${" + payloads(n).get(name) + "}";
                String xml = place.getValue().apply(expression);
                Placement placement = place.getKey().startsWith("decision") ? Placement.DECISION
                        : place.getKey().startsWith("start form") ? Placement.START_FORM : Placement.START;
                cases.add(placement == Placement.DECISION ? dmn(n, name + " (" + place.getKey() + ")", xml)
                        : bpmn(n, name + " (" + place.getKey() + ")", placement, xml));
            }
        }
        return cases;
    }

    /** Each place, as the flow element(s) named Step (BPMN) or the decision's body (DMN). */
    private static Map<String, UnaryOperator<String>> places() {
        return ordered(
                Map.entry("condition", e -> "<bpmn:exclusiveGateway id=\"Step\" default=\"Flow_Default\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Condition\" sourceRef=\"Step\" targetRef=\"Wait\">"
                        + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">" + text(e) + "</bpmn:conditionExpression>"
                        + "</bpmn:sequenceFlow><bpmn:sequenceFlow id=\"Flow_Default\" sourceRef=\"Step\" targetRef=\"Wait\" />"),
                Map.entry("execution listener", e -> "<bpmn:task id=\"Step\"><bpmn:extensionElements><camunda:executionListener "
                        + "event=\"start\" expression=\"" + attr(e) + "\" /></bpmn:extensionElements></bpmn:task>"),
                Map.entry("input mapping", e -> "<bpmn:task id=\"Step\"><bpmn:extensionElements><camunda:inputOutput>"
                        + "<camunda:inputParameter name=\"y\">" + text(e) + "</camunda:inputParameter>"
                        + "</camunda:inputOutput></bpmn:extensionElements></bpmn:task>"),
                Map.entry("output mapping", e -> "<bpmn:task id=\"Step\"><bpmn:extensionElements><camunda:inputOutput>"
                        + "<camunda:outputParameter name=\"y\">" + text(e) + "</camunda:outputParameter>"
                        + "</camunda:inputOutput></bpmn:extensionElements></bpmn:task>"),
                Map.entry("task assignee", e -> "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" camunda:assignee=\""
                        + attr(e) + "\" />"),
                Map.entry("task listener", e -> "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\"><bpmn:extensionElements>"
                        + "<camunda:taskListener event=\"create\" expression=\"" + attr(e) + "\" /></bpmn:extensionElements>"
                        + "</bpmn:userTask>"),
                Map.entry("task name", e -> "<bpmn:userTask id=\"Step\" name=\"" + attr(e) + "\" camunda:formKey=\"app:meeting\" />"),
                Map.entry("multi-instance collection", e -> "<bpmn:task id=\"Step\"><bpmn:multiInstanceLoopCharacteristics "
                        + "camunda:collection=\"" + attr(e) + "\" camunda:elementVariable=\"item\" /></bpmn:task>"),
                Map.entry("timer", e -> "<bpmn:intermediateCatchEvent id=\"Step\"><bpmn:timerEventDefinition><bpmn:timeDuration "
                        + "xsi:type=\"bpmn:tFormalExpression\">" + text(e) + "</bpmn:timeDuration></bpmn:timerEventDefinition>"
                        + "</bpmn:intermediateCatchEvent>"),
                Map.entry("start form field default", e -> "<bpmn:task id=\"Step\" />" + "<!--form:" + attr(e) + "-->"),
                Map.entry("decision input entry (JUEL)", e -> decisionTable("x", text(e), "\"out\"")),
                Map.entry("decision output entry (JUEL)", e -> decisionTable("x", "", text(e))),
                Map.entry("decision input expression (JUEL)", e -> decisionTable(text(e), "", "\"out\"")));
    }

    @SafeVarargs
    private static <V> Map<String, V> ordered(Map.Entry<String, V>... entries) {
        Map<String, V> map = new LinkedHashMap<>();
        for (Map.Entry<String, V> entry : entries) {
            map.put(entry.getKey(), entry.getValue());
        }
        return map;
    }

    static Case bpmn(int number, String name, Placement placement, String step) {
        String form = "";
        int comment = step.indexOf("<!--form:");
        if (comment >= 0) {
            String expression = step.substring(comment + 9, step.length() - 3);
            step = step.substring(0, comment);
            form = "<bpmn:extensionElements><camunda:formData><camunda:formField id=\"y\" type=\"string\" defaultValue=\""
                    + expression + "\" /></camunda:formData></bpmn:extensionElements>";
        }
        boolean hasWait = step.contains("id=\"Wait\"") || step.contains("targetRef=\"Wait\"");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn:definitions " + BPMN_NAMESPACES + " id=\"Hostile" + number
                + "\" targetNamespace=\"https://mentorflow.example/hostile\"><bpmn:process id=\"hostile-" + number
                + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\"><bpmn:startEvent id=\"Start\">" + form
                + "</bpmn:startEvent><bpmn:sequenceFlow id=\"Flow_In\" sourceRef=\"Start\" targetRef=\"Step\" />" + step
                + (hasWait ? "" : "<bpmn:sequenceFlow id=\"Flow_Out\" sourceRef=\"Step\" targetRef=\"Wait\" />")
                + "<bpmn:userTask id=\"Wait\" camunda:formKey=\"app:meeting\" /></bpmn:process></bpmn:definitions>";
        return new Case(number, name, "hostile-" + number + ".bpmn", xml, placement);
    }

    static Case dmn(int number, String name, String table) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"Hostile" + number + "\" name=\"Hostile\" "
                + "namespace=\"https://mentorflow.example/hostile\"><decision id=\"hostile-" + number + "\" name=\"Hostile\" "
                + "camunda:historyTimeToLive=\"P1D\">" + table + "</decision></definitions>";
        return new Case(number, name, "hostile-" + number + ".dmn", xml, Placement.DECISION);
    }

    private static String decisionTable(String inputExpression, String inputEntry, String outputEntry) {
        return "<decisionTable id=\"Table\"><input id=\"Input\"><inputExpression id=\"InputExpression\" "
                + "expressionLanguage=\"juel\" typeRef=\"string\"><text>" + inputExpression + "</text></inputExpression></input>"
                + "<output id=\"Output\" name=\"result\" typeRef=\"string\" /><rule id=\"Rule\"><inputEntry id=\"Entry\" "
                + "expressionLanguage=\"juel\"><text>" + inputEntry + "</text></inputEntry><outputEntry id=\"Out\" "
                + "expressionLanguage=\"juel\"><text>" + outputEntry + "</text></outputEntry></rule></decisionTable>";
    }

    static final String BPMN_NAMESPACES = "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
            + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    static String attr(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;");
    }

    private HostileExpressions() {
    }
}
