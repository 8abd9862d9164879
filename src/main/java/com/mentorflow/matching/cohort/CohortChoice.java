package com.mentorflow.matching.cohort;

import com.mentorflow.people.Program;
import java.time.YearMonth;

/**
 * What the program manager chose for one run; null = any.
 *
 * @param startMonth the mentees' hire month
 */
public record CohortChoice(Program program, YearMonth startMonth, String site, String country, String businessLine,
                           String mentorSite, String mentorCountry, String mentorBusinessLine) {

    /** The whole program: every mentee waiting for a mentor and every mentor in it. */
    public static CohortChoice of(Program program) {
        return new CohortChoice(program, null, null, null, null, null, null, null);
    }
}
