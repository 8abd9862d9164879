package com.mentorflow.matching.cohort;

/** A mentee the assignment leaves without a mentor, and why. */
public record Unmatched(long menteeAccountId, Reason reason) {

    public enum Reason {
        /** Not one of the mentors drawn on passes this mentee's must-filters and the program's rules. */
        NO_MENTOR_PASSES_MUST_FILTERS,
        /** Some mentors pass, but their places are taken: by their current mentees or by better-scoring pairs. */
        CAPACITY_USED_UP,
        /** The program manager removed the pair under review; a re-run looks for another mentor. */
        PAIR_REMOVED
    }
}
