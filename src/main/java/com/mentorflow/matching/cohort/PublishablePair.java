package com.mentorflow.matching.cohort;

import com.mentorflow.matching.MatchReason;
import java.util.List;

/** A proposed pair of a run, as publishing makes it a match request or a mentorship. */
record PublishablePair(long menteeAccountId, long mentorAccountId, double score, List<MatchReason> reasons) {

    PublishablePair {
        reasons = List.copyOf(reasons);
    }
}
