package com.mentorflow.matching;

import com.mentorflow.people.ParticipantFacts;
import java.time.Instant;

/** The person asking for suggestions, encoded the same way as the mentors they are compared with. */
public record Mentee(MentorCandidate encoded) {

    public static Mentee of(ParticipantFacts facts, Instant now) {
        return new Mentee(MentorCandidate.of(facts, now));
    }

    public ParticipantFacts facts() {
        return encoded.facts();
    }

    public long accountId() {
        return encoded.accountId();
    }
}
