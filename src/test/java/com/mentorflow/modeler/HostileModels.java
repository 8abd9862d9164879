package com.mentorflow.modeler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shipped match-request model, each time changed in one way Mentorflow must refuse, with what the refusal says. */
final class HostileModels {

    record Case(String name, byte[] content, String refusal) {

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileModels() {
    }

    static List<Case> all() throws Exception {
        return List.of(
                new Case("a script task", bytes(scriptTask()), "Task_Evil: Script tasks are not allowed"),
                new Case("camunda:class", bytes(javaClass()), "Java classes (camunda:class) are not allowed"),
                new Case("an expression reaching java.lang.Runtime", bytes(runtime()), "reaches outside the program's own beans"),
                new Case("an expression calling another bean", bytes(otherBean()),
                        "calls \"accountService\", which is not one of the beans"),
                new Case("an XXE DOCTYPE", bytes(xxe()), "declares a DOCTYPE or entities"),
                new Case("a 20 MB model", twentyMegabytes(), "at most 2 MB"),
                new Case("an unknown form key", bytes(matchRequest().replace("camunda:formKey=\"app:review-match-request\"",
                        "camunda:formKey=\"app:nothing\"")), "Mentorflow has no form \"app:nothing\""),
                new Case("Java object serialization", bytes(matchRequest().replace("<bpmn:serviceTask id=\"Task_RequireApproval\"",
                        "<bpmn:serviceTask id=\"Task_Serialized\" camunda:delegateExpression=\"${requireApprovalDelegate}\">"
                                + "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"payload\">"
                                + "application/x-java-serialized-object</camunda:inputParameter></camunda:inputOutput>"
                                + "</bpmn:extensionElements></bpmn:serviceTask><bpmn:serviceTask id=\"Task_RequireApproval\"")),
                        "Java object serialization"),
                new Case("a broken timer", bytes(matchRequest().replace("${programCalendar.requestExpiry}", "fourteen days")),
                        "The timer \"fourteen days\" is not an ISO-8601 duration"));
    }

    static String scriptTask() throws Exception {
        return matchRequest().replace("<bpmn:serviceTask id=\"Task_RequireApproval\"",
                "<bpmn:scriptTask id=\"Task_Evil\" scriptFormat=\"groovy\"><bpmn:script>'rm -rf /'.execute()</bpmn:script></bpmn:scriptTask>"
                        + "<bpmn:serviceTask id=\"Task_RequireApproval\"");
    }

    static String javaClass() throws Exception {
        return matchRequest().replaceFirst("camunda:delegateExpression=\"\\$\\{[a-zA-Z]+}\"", "camunda:class=\"java.lang.ProcessBuilder\"");
    }

    static String runtime() throws Exception {
        return matchRequest().replace("${programCalendar.reviewReminder}",
                "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}");
    }

    static String otherBean() throws Exception {
        return matchRequest().replace("${programCalendar.reviewReminder}", "${accountService.findById(1)}");
    }

    static String xxe() throws Exception {
        return matchRequest().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>");
    }

    static byte[] twentyMegabytes() {
        return new byte[20 * 1024 * 1024];
    }

    static String matchRequest() throws Exception {
        return Files.readString(Path.of("processes/match-request.bpmn"));
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
