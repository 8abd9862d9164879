package com.mentorflow.matching.cohort;

import java.time.YearMonth;
import java.util.List;

/** The values a filter can take for one program, read from the directory, sorted. */
public record CohortOptions(List<YearMonth> startMonths, List<String> sites, List<String> countries,
                            List<String> businessLines) {

    public CohortOptions {
        startMonths = List.copyOf(startMonths);
        sites = List.copyOf(sites);
        countries = List.copyOf(countries);
        businessLines = List.copyOf(businessLines);
    }
}
