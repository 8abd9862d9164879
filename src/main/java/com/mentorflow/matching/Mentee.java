package com.mentorflow.matching;

import com.mentorflow.people.ParticipantFacts;

/** The person asking for suggestions, with what scoring needs precomputed. */
record Mentee(ParticipantFacts facts, Integer utcOffsetMinutes) {

    static Mentee of(ParticipantFacts facts, java.time.Instant now) {
        return new Mentee(facts, MentorCandidate.offsetMinutes(facts.timeZone(), now));
    }
}
