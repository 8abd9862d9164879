package com.mentorflow.matching.cohort;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.Sentence;
import java.util.Map;

/** A swap gives two mentees new mentors: refused, in the manager's words, when a must-filter rules a new pair out. */
final class SwapCheck {

    /** The must-filters' reasons ({@code HardFilters}) as the refusal says them. */
    private static final Map<String, String> WHY = Map.of(
            "is you", "self",
            "is not active", "inactive",
            "does not mentor", "notMentoring",
            "is not accepting requests", "notAccepting",
            "is not in this program", "notInProgram",
            "works at your site", "sameSite",
            "is not at least one level above you", "levelAbove",
            "was already asked", "alreadyAsked");

    private SwapCheck() {
    }

    static CohortPair allowed(CohortLoader.Weighed weighed) {
        if (weighed.whyExcluded() == null) {
            return weighed.pair();
        }
        String key = WHY.get(weighed.whyExcluded());
        Sentence why = key == null ? Sentence.of("matching.cohortRefusal.why.other", weighed.whyExcluded())
                : Sentence.of("matching.cohortRefusal.why." + key);
        throw new ConflictException(Sentence.of("matching.cohortRefusal.swapFails", weighed.mentorName(),
                weighed.menteeName(), why));
    }
}
