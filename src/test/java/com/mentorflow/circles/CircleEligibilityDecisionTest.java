package com.mentorflow.circles;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The rows of circle-eligibility.dmn: only active, regular employees take part in circles. */
@MentorflowTest
class CircleEligibilityDecisionTest {

    @Autowired DecisionService decisions;

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
        String refusal = decisions.evaluateDecisionTableByKey(CircleProcess.DECISION_ELIGIBILITY,
                Map.of(CircleProcess.VAR_ACCOUNT_ACTIVE, active, CircleProcess.VAR_EMPLOYEE_TYPE, employeeType)).getSingleEntry();

        if (expected.isEmpty()) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).startsWith(expected);
        }
    }
}
