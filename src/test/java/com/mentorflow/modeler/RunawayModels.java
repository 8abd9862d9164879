package com.mentorflow.modeler;

import static com.mentorflow.modeler.HostileExpressions.BPMN_NAMESPACES;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Models that would run without end, flood people or the job executor, or run code by other means than an
 * expression; each with the words its refusal must contain. Numbered from 100 to stay apart from
 * {@link HostileExpressions}.
 */
final class RunawayModels {

    record Case(String name, String file, byte[] content, String refusal) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> all() {
        return List.of(
                bpmn(100, "a loop of automatic steps", "<bpmn:serviceTask id=\"Step\" camunda:expression=\"${true}\" />"
                        + "<bpmn:exclusiveGateway id=\"Again\" default=\"Flow_Back\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_ToAgain\" sourceRef=\"Step\" targetRef=\"Again\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Back\" sourceRef=\"Again\" targetRef=\"Step\" />", "form a loop"),
                bpmn(101, "a task flowing into itself", "<bpmn:task id=\"Step\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Self\" sourceRef=\"Step\" targetRef=\"Step\" />", "form a loop"),
                bpmn(102, "a loop through link events", "<bpmn:task id=\"Step\" /><bpmn:intermediateThrowEvent id=\"GoTo\">"
                        + "<bpmn:linkEventDefinition name=\"again\" /></bpmn:intermediateThrowEvent>"
                        + "<bpmn:intermediateCatchEvent id=\"Land\"><bpmn:linkEventDefinition name=\"again\" />"
                        + "</bpmn:intermediateCatchEvent><bpmn:sequenceFlow id=\"Flow_ToGoTo\" sourceRef=\"Step\" targetRef=\"GoTo\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_FromLand\" sourceRef=\"Land\" targetRef=\"Step\" />", "form a loop"),
                bpmn(103, "an error boundary event leading back", "<bpmn:serviceTask id=\"Step\" camunda:expression=\"${true}\" />"
                        + "<bpmn:boundaryEvent id=\"Failed\" attachedToRef=\"Step\"><bpmn:errorEventDefinition />"
                        + "</bpmn:boundaryEvent><bpmn:sequenceFlow id=\"Flow_Retry\" sourceRef=\"Failed\" targetRef=\"Step\" />",
                        "form a loop"),
                model(104, "a timer start event every second", "<bpmn:startEvent id=\"Start\"><bpmn:timerEventDefinition>"
                        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition>"
                        + "</bpmn:startEvent><bpmn:sequenceFlow id=\"Flow\" sourceRef=\"Start\" targetRef=\"Wait\" />", "fires every second"),
                bpmn(105, "a reminder mailed every second", "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:boundaryEvent id=\"Remind\" cancelActivity=\"false\" attachedToRef=\"Step\"><bpmn:timerEventDefinition>"
                        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition>"
                        + "</bpmn:boundaryEvent><bpmn:serviceTask id=\"Mail\" camunda:delegateExpression=\"${remindMentorDelegate}\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Remind\" sourceRef=\"Remind\" targetRef=\"Mail\" />", "a repeating timer may fire"),
                bpmn(106, "a repeating timer made of a variable", "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:boundaryEvent id=\"Remind\" cancelActivity=\"false\" attachedToRef=\"Step\"><bpmn:timerEventDefinition>"
                        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R/${interval}</bpmn:timeCycle></bpmn:timerEventDefinition>"
                        + "</bpmn:boundaryEvent>", "may only use program-calendar values"),
                bpmn(107, "a repeating timer of zero program days", "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:boundaryEvent id=\"Remind\" cancelActivity=\"false\" attachedToRef=\"Step\"><bpmn:timerEventDefinition>"
                        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R/${programCalendar.days(0)}</bpmn:timeCycle>"
                        + "</bpmn:timerEventDefinition></bpmn:boundaryEvent>", "(R/PT0S) fires every 0 seconds"),
                bpmn(108, "a cron cycle every second", "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:boundaryEvent id=\"Remind\" cancelActivity=\"false\" attachedToRef=\"Step\"><bpmn:timerEventDefinition>"
                        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">* * * * * ?</bpmn:timeCycle></bpmn:timerEventDefinition>"
                        + "</bpmn:boundaryEvent>", "is not an ISO-8601 cycle"),
                bpmn(109, "a standard loop", "<bpmn:task id=\"Step\"><bpmn:standardLoopCharacteristics /></bpmn:task>",
                        "Loops on an activity are not allowed"),
                bpmn(110, "a million parallel instances", "<bpmn:task id=\"Step\"><bpmn:multiInstanceLoopCharacteristics>"
                        + "<bpmn:loopCardinality>1000000</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:task>",
                        "runs 1 to 100 instances"),
                bpmn(111, "a process calling itself", "<bpmn:callActivity id=\"Step\" calledElement=\"hostile-111\" />",
                        "calls its own process"),
                bpmn(112, "a signal that starts processes", "<bpmn:intermediateThrowEvent id=\"Step\"><bpmn:signalEventDefinition "
                        + "signalRef=\"Signal\" /></bpmn:intermediateThrowEvent>", "No part of Mentorflow sends or expects signals"),
                bpmn(113, "a condition in JavaScript", "<bpmn:exclusiveGateway id=\"Step\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Out\" sourceRef=\"Step\" targetRef=\"Wait\"><bpmn:conditionExpression "
                        + "xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">java.lang.Runtime.getRuntime().exec('id')"
                        + "</bpmn:conditionExpression></bpmn:sequenceFlow>", "are scripts and not allowed"),
                bpmn(114, "an HTTP connector", "<bpmn:serviceTask id=\"Step\"><bpmn:extensionElements><camunda:connector>"
                        + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>"
                        + "</bpmn:serviceTask>", "Connectors are not allowed"),
                bpmn(115, "a variable mapping class", "<bpmn:callActivity id=\"Step\" calledElement=\"match-request\" "
                        + "camunda:variableMappingClass=\"java.lang.ProcessBuilder\" />", "camunda:variableMappingClass"),
                bpmn(116, "a listener class", "<bpmn:task id=\"Step\"><bpmn:extensionElements><camunda:executionListener "
                        + "event=\"start\" class=\"java.lang.ProcessBuilder\" /></bpmn:extensionElements></bpmn:task>",
                        "Java classes (camunda:class)"),
                bpmn(117, "a script input from a resource", "<bpmn:task id=\"Step\"><bpmn:extensionElements><camunda:inputOutput>"
                        + "<camunda:inputParameter name=\"y\"><camunda:script scriptFormat=\"groovy\" resource=\"file:///etc/passwd\" />"
                        + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>",
                        "Script listeners and script inputs are not allowed"),
                dmn(118, "a decision in JavaScript", "<decisionTable id=\"Table\"><input id=\"Input\"><inputExpression "
                        + "id=\"InputExpression\" expressionLanguage=\"javascript-feel\" typeRef=\"string\"><text>x</text>"
                        + "</inputExpression></input><output id=\"Output\" name=\"result\" typeRef=\"string\" /></decisionTable>",
                        "Only FEEL is allowed in decisions, not javascript-feel"),
                dmn(119, "a FEEL external Java function", "<literalExpression id=\"Literal\"><text>{ exit: function(code) external "
                        + "{ java: { class: \"java.lang.System\", method signature: \"exit(int)\" } }, result: exit(1) }.result"
                        + "</text></literalExpression><variable id=\"Variable\" name=\"result\" />",
                        "may not loop or define functions"),
                bpmn(120, "a Java class in the old Activiti namespace", "<bpmn:serviceTask id=\"Step\" "
                        + "xmlns:activiti=\"http://activiti.org/bpmn\" activiti:class=\"java.lang.ProcessBuilder\" />",
                        "old Activiti namespace"),
                bpmn(121, "an Activiti listener", "<bpmn:task id=\"Step\" xmlns:activiti=\"http://activiti.org/bpmn\">"
                        + "<bpmn:extensionElements><activiti:executionListener event=\"start\" class=\"java.lang.Thread\" />"
                        + "</bpmn:extensionElements></bpmn:task>", "old Activiti namespace"),
                bpmn(122, "an expression split by a comment", "<bpmn:exclusiveGateway id=\"Step\" default=\"Flow_Default\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Default\" sourceRef=\"Step\" targetRef=\"Wait\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Out\" sourceRef=\"Step\" targetRef=\"Wait\"><bpmn:conditionExpression "
                        + "xsi:type=\"bpmn:tFormalExpression\">$<!-- -->{''.getClass().forName('java.lang.Runtime')}"
                        + "</bpmn:conditionExpression></bpmn:sequenceFlow>", "reaches outside the program's own beans"),
                bpmn(123, "an expression split by CDATA", "<bpmn:task id=\"Step\"><bpmn:extensionElements><camunda:inputOutput>"
                        + "<camunda:inputParameter name=\"y\">$<![CDATA[{jdbcTemplate]]>.queryForList('select 1')}"
                        + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>",
                        "calls \"jdbcTemplate\", which is not one of the beans"),
                bpmn(124, "a JUEL script on a conditional event", "<bpmn:intermediateCatchEvent id=\"Step\">"
                        + "<bpmn:conditionalEventDefinition><bpmn:condition xsi:type=\"bpmn:tFormalExpression\" language=\"juel\">"
                        + "${true}</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>",
                        "are scripts and not allowed"),
                model(125, "a form handler class", "<bpmn:startEvent id=\"Start\" camunda:formHandlerClass=\"java.util.Timer\" />"
                        + "<bpmn:sequenceFlow id=\"Flow\" sourceRef=\"Start\" targetRef=\"Wait\" />", "camunda:formHandlerClass"),
                bpmn(126, "a loop through a condition that already holds", "<bpmn:task id=\"Step\" />"
                        + "<bpmn:intermediateCatchEvent id=\"Gate\"><bpmn:conditionalEventDefinition><bpmn:condition "
                        + "xsi:type=\"bpmn:tFormalExpression\">${true}</bpmn:condition></bpmn:conditionalEventDefinition>"
                        + "</bpmn:intermediateCatchEvent><bpmn:sequenceFlow id=\"Flow_ToGate\" sourceRef=\"Step\" targetRef=\"Gate\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Back\" sourceRef=\"Gate\" targetRef=\"Step\" />", "Conditional events and thrown escalations are not allowed"),
                bpmn(127, "a loop through a sub-process whose user task is never reached", "<bpmn:subProcess id=\"Step\">"
                        + "<bpmn:startEvent id=\"InnerStart\" /><bpmn:endEvent id=\"InnerEnd\" /><bpmn:sequenceFlow id=\"Inner\" "
                        + "sourceRef=\"InnerStart\" targetRef=\"InnerEnd\" /><bpmn:userTask id=\"Never\" camunda:formKey=\"app:meeting\" />"
                        + "</bpmn:subProcess><bpmn:sequenceFlow id=\"Flow_Back\" sourceRef=\"Step\" targetRef=\"Step\" />", "form a loop"),
                bpmn(128, "a loop through a one-second timer", "<bpmn:serviceTask id=\"Step\" camunda:delegateExpression=\"${remindMentorDelegate}\" />"
                        + "<bpmn:intermediateCatchEvent id=\"Tick\"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">"
                        + "PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"
                        + "<bpmn:sequenceFlow id=\"Flow_ToTick\" sourceRef=\"Step\" targetRef=\"Tick\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Back\" sourceRef=\"Tick\" targetRef=\"Step\" />", "form a loop"),
                bpmn(129, "a billion instances", "<bpmn:task id=\"Step\"><bpmn:multiInstanceLoopCharacteristics>"
                        + "<bpmn:loopCardinality>1000000000</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:task>",
                        "asks for 1000000000"),
                bpmn(130, "a count from an expression", "<bpmn:task id=\"Step\"><bpmn:multiInstanceLoopCharacteristics>"
                        + "<bpmn:loopCardinality>${100000000}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:task>",
                        "must be a plain number"),
                bpmn(131, "counted multi-instances nested", "<bpmn:subProcess id=\"Step\"><bpmn:multiInstanceLoopCharacteristics>"
                        + "<bpmn:loopCardinality>100</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>"
                        + "<bpmn:task id=\"Inner\"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>100</bpmn:loopCardinality>"
                        + "</bpmn:multiInstanceLoopCharacteristics></bpmn:task></bpmn:subProcess>", "their counts multiply"),
                bpmn(132, "a call by expression", "<bpmn:callActivity id=\"Step\" calledElement=\"${'hostile-132'}\" />",
                        "Call activities are not allowed"),
                bpmn(133, "a repeating timer chosen by a variable", "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:boundaryEvent id=\"Remind\" cancelActivity=\"false\" attachedToRef=\"Step\"><bpmn:timerEventDefinition>"
                        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">${variableContext == 'on' ? 'R/PT1S' : 'R/P1D'}"
                        + "</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>", "not process variables or operators"),
                bpmn(134, "a cycle starting 200,000 years ago", "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:boundaryEvent id=\"Remind\" cancelActivity=\"false\" attachedToRef=\"Step\"><bpmn:timerEventDefinition>"
                        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R/-200000-01-01T00:00:00Z/PT1H</bpmn:timeCycle>"
                        + "</bpmn:timerEventDefinition></bpmn:boundaryEvent>", "is not an ISO-8601 cycle"),
                bpmn(135, "a retry every second", "<bpmn:serviceTask id=\"Step\" camunda:asyncBefore=\"true\" "
                        + "camunda:delegateExpression=\"${remindMentorDelegate}\"><bpmn:extensionElements><camunda:failedJobRetryTimeCycle>"
                        + "R/PT1S</camunda:failedJobRetryTimeCycle></bpmn:extensionElements></bpmn:serviceTask>", "Retry cycles"),
                bpmn(136, "a reminder that doubles its task every hour", "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:boundaryEvent id=\"Remind\" cancelActivity=\"false\" attachedToRef=\"Step\"><bpmn:timerEventDefinition>"
                        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>"
                        + "</bpmn:boundaryEvent><bpmn:sequenceFlow id=\"Flow_Again\" sourceRef=\"Remind\" targetRef=\"Step\" />",
                        "the paths would multiply"),
                bpmn(137, "a parallel split that loops back", "<bpmn:parallelGateway id=\"Step\" /><bpmn:userTask id=\"Left\" "
                        + "camunda:formKey=\"app:meeting\" /><bpmn:sequenceFlow id=\"Flow_Left\" sourceRef=\"Step\" targetRef=\"Left\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_LeftBack\" sourceRef=\"Left\" targetRef=\"Step\" />", "the paths would multiply"),
                dmn(138, "JUEL without ${ } in a decision", "<decisionTable id=\"Table\"><input id=\"Input\"><inputExpression "
                        + "id=\"InputExpression\" expressionLanguage=\"juel\" typeRef=\"string\"><text>''.getClass()</text>"
                        + "</inputExpression></input><output id=\"Output\" name=\"result\" typeRef=\"string\" /></decisionTable>",
                        "Only FEEL is allowed in decisions, not juel"),
                dmn(139, "a FEEL loop of two billion", "<literalExpression id=\"Literal\"><text>for i in 1..2147483647 return i"
                        + "</text></literalExpression><variable id=\"Variable\" name=\"result\" />", "may not loop or define functions"),
                dmn(140, "a FEEL regular expression that backtracks", "<literalExpression id=\"Literal\"><text>matches("
                        + "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(a+)+$\")</text></literalExpression><variable id=\"Variable\" "
                        + "name=\"result\" />", "they may not call matches"),
                bpmn(141, "an escalation that starts its own event sub-process", "<bpmn:task id=\"Step\" />"
                        + "<bpmn:subProcess id=\"OnEscalation\" triggeredByEvent=\"true\"><bpmn:startEvent id=\"Caught\" "
                        + "isInterrupting=\"false\"><bpmn:escalationEventDefinition escalationRef=\"Escalation\" /></bpmn:startEvent>"
                        + "<bpmn:intermediateThrowEvent id=\"Again\"><bpmn:escalationEventDefinition escalationRef=\"Escalation\" />"
                        + "</bpmn:intermediateThrowEvent><bpmn:sequenceFlow id=\"Inner\" sourceRef=\"Caught\" targetRef=\"Again\" />"
                        + "</bpmn:subProcess>", "thrown escalations are not allowed"),
                model(142, "a cycle whose seconds overflow to one", "<bpmn:startEvent id=\"Start\"><bpmn:timerEventDefinition>"
                        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R/PT4294967297S</bpmn:timeCycle></bpmn:timerEventDefinition>"
                        + "</bpmn:startEvent><bpmn:sequenceFlow id=\"Flow\" sourceRef=\"Start\" targetRef=\"Wait\" />", "is not an ISO-8601 cycle"),
                bpmn(143, "a loop through a user task of zero instances", "<bpmn:serviceTask id=\"Step\" "
                        + "camunda:delegateExpression=\"${sendProfileReminderDelegate}\" /><bpmn:userTask id=\"None\" camunda:formKey=\"app:meeting\">"
                        + "<bpmn:multiInstanceLoopCharacteristics camunda:collection=\"${journeyPlan.moduleNumbers('OPEN')}\" "
                        + "camunda:elementVariable=\"m\" /></bpmn:userTask><bpmn:sequenceFlow id=\"Flow_ToNone\" sourceRef=\"Step\" "
                        + "targetRef=\"None\" /><bpmn:sequenceFlow id=\"Flow_Back\" sourceRef=\"None\" targetRef=\"Step\" />", "form a loop"),
                bpmn(144, "multi-instances over lists nested", "<bpmn:subProcess id=\"Step\"><bpmn:multiInstanceLoopCharacteristics "
                        + "camunda:collection=\"${journeyPlan.meetingNumbers(12)}\" camunda:elementVariable=\"a\" /><bpmn:subProcess id=\"Inner\">"
                        + "<bpmn:multiInstanceLoopCharacteristics camunda:collection=\"${journeyPlan.meetingNumbers(12)}\" "
                        + "camunda:elementVariable=\"b\" /></bpmn:subProcess></bpmn:subProcess>", "may not sit inside another multi-instance"),
                dmn(145, "a FEEL regular expression through extract", "<literalExpression id=\"Literal\"><text>extract(\"aaaa\", "
                        + "\"^(.*a){8}c\")</text></literalExpression><variable id=\"Variable\" name=\"result\" />", "may not call extract"),
                dmn(146, "FEEL code behind a comment with a quote", "<literalExpression id=\"Literal\"><text>/*\"*/ function(x) x /*\"*/"
                        + "</text></literalExpression><variable id=\"Variable\" name=\"result\" />", "Comments are not allowed"),
                dmn(147, "a FEEL number of thirty million digits", "<literalExpression id=\"Literal\"><text>decimal(1, 30000000) &gt; 0"
                        + "</text></literalExpression><variable id=\"Variable\" name=\"result\" />", "may not call decimal"),
                bpmn(148, "eleven repeating timers", "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />" + elevenReminders(),
                        "may have at most 10"),
                bpmn(149, "a reminder that repeats without end", "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:boundaryEvent id=\"Remind\" cancelActivity=\"false\" attachedToRef=\"Step\"><bpmn:timerEventDefinition>"
                        + "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>"
                        + "</bpmn:boundaryEvent>", "must say how often it repeats"),
                bpmn(150, "elements nested a thousand deep", DEEP, "nests its elements more than 200 deep"),
                bpmn(151, "a split whose two branches both come back", "<bpmn:exclusiveGateway id=\"Step\" />"
                        + "<bpmn:parallelGateway id=\"Split\" /><bpmn:userTask id=\"Left\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:userTask id=\"Right\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_ToSplit\" sourceRef=\"Step\" targetRef=\"Split\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Left\" sourceRef=\"Split\" targetRef=\"Left\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Right\" sourceRef=\"Split\" targetRef=\"Right\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_LeftBack\" sourceRef=\"Left\" targetRef=\"Step\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_RightBack\" sourceRef=\"Right\" targetRef=\"Step\" />",
                        "the paths would multiply"),
                bpmn(152, "an event sub-process started every day without end", "<bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:subProcess id=\"Daily\" triggeredByEvent=\"true\"><bpmn:startEvent id=\"EveryDay\" isInterrupting=\"false\">"
                        + "<bpmn:timerEventDefinition><bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R/P1D</bpmn:timeCycle>"
                        + "</bpmn:timerEventDefinition></bpmn:startEvent></bpmn:subProcess>", "must say how often it repeats"),
                bpmn(153, "an event sub-process inside a sub-process, started a second after each round",
                        "<bpmn:subProcess id=\"Round\"><bpmn:userTask id=\"Step\" camunda:formKey=\"app:meeting\" />"
                        + "<bpmn:subProcess id=\"Hurry\" triggeredByEvent=\"true\"><bpmn:startEvent id=\"AfterASecond\">"
                        + "<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">PT1S</bpmn:timeDuration>"
                        + "</bpmn:timerEventDefinition></bpmn:startEvent></bpmn:subProcess></bpmn:subProcess>",
                        "a timer start event may fire at most once"),
                new Case("a 3.0 MB model", "big.bpmn", new byte[3 * 1024 * 1024], "The model is 3.0 MB; models may be at most 2 MB"));
    }

    private static final String DEEP = "<bpmn:task id=\"Step\"><bpmn:extensionElements>" + "<x:a xmlns:x=\"urn:x\">".repeat(1000) + "</x:a>".repeat(1000) + "</bpmn:extensionElements></bpmn:task>";

    private static String elevenReminders() {
        StringBuilder timers = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            timers.append("<bpmn:boundaryEvent id=\"Remind").append(i).append("\" cancelActivity=\"false\" attachedToRef=\"Step\">")
                    .append("<bpmn:timerEventDefinition><bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">R2/P1D</bpmn:timeCycle>")
                    .append("</bpmn:timerEventDefinition></bpmn:boundaryEvent>");
        }
        return timers.toString();
    }

    private static Case bpmn(int number, String name, String step, String refusal) {
        HostileExpressions.Case built = HostileExpressions.bpmn(number, name, HostileExpressions.Placement.START, step);
        return new Case(name, built.file(), built.xml().getBytes(StandardCharsets.UTF_8), refusal);
    }

    /** A process whose start event is given too. */
    private static Case model(int number, String name, String startAndFlow, String refusal) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn:definitions " + BPMN_NAMESPACES + " id=\"Hostile" + number
                + "\" targetNamespace=\"https://mentorflow.example/hostile\"><bpmn:process id=\"hostile-" + number
                + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">" + startAndFlow
                + "<bpmn:userTask id=\"Wait\" camunda:formKey=\"app:meeting\" /></bpmn:process></bpmn:definitions>";
        return new Case(name, "hostile-" + number + ".bpmn", xml.getBytes(StandardCharsets.UTF_8), refusal);
    }

    private static Case dmn(int number, String name, String body, String refusal) {
        HostileExpressions.Case built = HostileExpressions.dmn(number, name, body);
        return new Case(name, built.file(), built.xml().getBytes(StandardCharsets.UTF_8), refusal);
    }

    private RunawayModels() {
    }
}
