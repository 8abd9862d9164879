package com.mentorflow.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rows of circle-eligibility.dmn, the model alone on Camunda's DMN engine (no process engine, no Spring): only
 * active, regular employees take part in circles.
 */
class CircleEligibilityDecisionTest {

    static DmnEngine dmn;
    static DmnDecision eligibility;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes/circle-eligibility.dmn"))) {
            eligibility = dmn.parseDecision(CircleProcess.DECISION_ELIGIBILITY, model);
        }
    }

    @ParameterizedTest(name = "active {0}, {1} -> \"{2}\"")
    @CsvSource({
            "true, REGULAR, ''",
            "true, CONTRACTOR, Circles are open to regular (full-time) employees only.",
            "true, INTERN, Circles are open to regular (full-time) employees only.",
            "true, TEMPORARY, Circles are open to regular (full-time) employees only.",
            "true, VENDOR, Circles are open to regular (full-time) employees only.",
            "true, UNKNOWN, You are not in the employee directory yet",
            "false, REGULAR, Your account is not active"})
    void onlyActiveRegularEmployeesMayTakePart(boolean active, String employeeType, String expected) {
        String refusal = dmn.evaluateDecisionTable(eligibility,
                Map.of(CircleProcess.VAR_ACCOUNT_ACTIVE, active, CircleProcess.VAR_EMPLOYEE_TYPE, employeeType)).getSingleEntry();

        if (expected.isEmpty()) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).startsWith(expected);
        }
    }
}
