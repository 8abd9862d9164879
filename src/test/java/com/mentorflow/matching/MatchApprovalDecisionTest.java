package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.ModelOnlyEngine;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rows of match-approval.dmn on their own (only that model deployed): when a program manager must approve first, and why. */
class MatchApprovalDecisionTest {

    @RegisterExtension
    static final ModelOnlyEngine engine = ModelOnlyEngine.deploying("processes/match-approval.dmn");

    @ParameterizedTest(name = "{0}, same site {1}, level gap {2}, mentor full {3}, cohort {4} -> \"{5}\"")
    @CsvSource(nullValues = "null", value = {
            "NEW_HIRE, true, 2, false, false, same site in the new-hire program",
            "NEW_HIRE, true, 0, true, false, same site in the new-hire program",
            "OPEN, true, 2, false, false, ''",
            "NEW_HIRE, false, 0, false, false, the mentor is not above the mentee's level",
            "OPEN, false, -3, false, false, the mentor is not above the mentee's level",
            "OPEN, false, 1, true, false, the mentor is at or over capacity",
            "NEW_HIRE, false, 1, false, false, ''",
            "OPEN, false, null, false, false, ''",
            "OPEN, false, null, true, false, the mentor is at or over capacity",
            // A cohort's pair was reviewed by its program manager before it was published.
            "OPEN, false, -3, false, true, ''",
            "OPEN, true, 0, true, true, ''"})
    void decidesWhetherApprovalIsNeeded(String program, boolean sameSite, Integer levelGap, boolean full, boolean cohort,
                                        String expected) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(MatchRequestProcess.VAR_PROGRAM, program);
        variables.put(MatchRequestProcess.VAR_SAME_SITE, sameSite);
        variables.put(MatchRequestProcess.VAR_LEVEL_GAP, levelGap);
        variables.put(MatchRequestProcess.VAR_MENTOR_AT_CAPACITY, full);
        variables.put(MatchRequestProcess.VAR_PROPOSED_BY_COHORT, cohort);

        String reason = engine.engine().getDecisionService().evaluateDecisionTableByKey(MatchRequestProcess.DECISION_KEY,
                variables).getSingleEntry();

        assertThat(reason).isEqualTo(expected);
    }
}
