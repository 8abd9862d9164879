package com.mentorflow.matching;

import com.mentorflow.people.ParticipantFacts;
import java.time.Instant;

/** The person asking for suggestions, encoded the same way as the mentors they are compared with. */
record Mentee(MentorCandidate encoded) {

    static Mentee of(ParticipantFacts facts, Instant now) {
        return new Mentee(MentorCandidate.of(facts, now));
    }

    ParticipantFacts facts() {
        return encoded.facts();
    }
}
