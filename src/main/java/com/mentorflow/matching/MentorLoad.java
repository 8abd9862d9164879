package com.mentorflow.matching;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What matching knows about requests and relationships that rule a mentor out: how many mentees a mentor has
 * now, and which mentors a mentee has already asked (open or declined). Match requests and mentorships are
 * built in the match-request issue; until then nobody has mentees or requests, and these answer so.
 */
@Component
class MentorLoad {

    int activeMentees(long mentorAccountId) {
        return 0;
    }

    Set<Long> alreadyAsked(long menteeAccountId) {
        return Set.of();
    }
}
