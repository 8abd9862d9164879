package com.mentorflow.matching.cohort;

import com.mentorflow.people.Program;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a published cohort pair starts ({@code mentorflow.cohort.*}).
 *
 * @param mentorshipAtOnce the programs whose cohort pairs start a mentorship at once (as if the mentor had accepted);
 *                         in every other program the mentor gets a match request and confirms it
 * @param pairsPerBatch    about how many pairs one job of "Publish pairs" publishes in its transaction
 */
@ConfigurationProperties("mentorflow.cohort")
record CohortSettings(@DefaultValue("NEW_HIRE") List<Program> mentorshipAtOnce, @DefaultValue("20") int pairsPerBatch) {

    boolean startsAtOnce(Program program) {
        return mentorshipAtOnce.contains(program);
    }
}
