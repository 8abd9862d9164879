package com.mentorflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Hostile and broken models are refused, each with a sentence naming the element; the shipped ones pass. */
@MentorflowTest
class ModelValidatorTest {

    @Autowired ModelValidator validator;

    static Stream<Path> shippedModels() throws Exception {
        return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn"));
    }

    @ParameterizedTest
    @MethodSource("shippedModels")
    void theShippedModelsPass(Path model) throws Exception {
        assertThat(validator.validate(model.getFileName().toString(), Files.readAllBytes(model))).isEmpty();
    }

    @Test
    void aScriptTaskIsRefused() throws Exception {
        assertThat(problems(HostileModels.scriptTask())).anyMatch(p -> p.startsWith("Task_Evil: Script tasks are not allowed"));
    }

    @Test
    void aJavaClassIsRefused() throws Exception {
        assertThat(problems(HostileModels.javaClass())).anyMatch(p -> p.contains("Java classes (camunda:class) are not allowed"));
    }

    @Test
    void expressionsReachingTheRuntimeOrAnyOtherBeanAreRefused() throws Exception {
        assertThat(problems(HostileModels.runtime())).anyMatch(p -> p.contains("reaches outside the program's own beans"));
        assertThat(problems(HostileModels.otherBean())).anyMatch(p -> p.contains("calls \"accountService\", which is not one of the beans"));
        String unknownDelegate = matchRequest().replaceFirst("camunda:delegateExpression=\"\\$\\{[a-zA-Z]+}\"",
                "camunda:delegateExpression=\"\\${privacyService}\"");
        assertThat(problems(unknownDelegate)).anyMatch(p -> p.contains("must name one of Mentorflow's delegates"));
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedBeforeParsing() throws Exception {
        assertThat(problems(HostileModels.xxe())).singleElement().asString().contains("declares a DOCTYPE or entities");
    }

    @Test
    void aTwentyMegabyteModelIsRefused() {
        assertThat(validator.validate("big.bpmn", HostileModels.twentyMegabytes())).singleElement().asString().contains("at most 2 MB");
    }

    @Test
    void anUnknownFormKeyABrokenTimerAndAnUnknownMessageAreRefused() throws Exception {
        String model = matchRequest().replace("camunda:formKey=\"app:review-match-request\"", "camunda:formKey=\"app:nothing\"")
                .replace("${programCalendar.requestExpiry}", "fourteen days")
                .replace("name=\"MatchRequestWithdrawn\"", "name=\"SomethingNobodySends\"");
        List<String> problems = problems(model);
        assertThat(problems).anyMatch(p -> p.contains("Mentorflow has no form \"app:nothing\""));
        assertThat(problems).anyMatch(p -> p.contains("The timer \"fourteen days\" is not an ISO-8601 duration"));
        assertThat(problems).anyMatch(p -> p.contains("No part of Mentorflow sends the message \"SomethingNobodySends\""));
    }

    @Test
    void malformedXmlAndMissingHistoryTimeToLiveAreExplained() throws Exception {
        assertThat(problems(matchRequest().substring(0, 500))).singleElement().asString().contains("not well-formed XML");
        assertThat(problems(matchRequest().replaceAll("camunda:historyTimeToLive=\"[^\"]+\"", "")))
                .anyMatch(p -> p.contains("history time-to-live"));
        assertThat(validator.validate("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))).singleElement().asString()
                .contains("Upload a .bpmn or .dmn file");
    }

    private List<String> problems(String xml) {
        return validator.validate("match-request.bpmn", xml.getBytes(StandardCharsets.UTF_8)).stream()
                .map(ModelProblem::toString).toList();
    }

    private static String matchRequest() throws Exception {
        return HostileModels.matchRequest();
    }
}
