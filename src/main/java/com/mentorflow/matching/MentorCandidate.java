package com.mentorflow.matching;

import com.mentorflow.people.ParticipantFacts;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A mentor as the engine keeps them in memory: their facts plus what scoring would otherwise recompute. */
record MentorCandidate(ParticipantFacts facts, Integer utcOffsetMinutes, int tenureYears) {

    static MentorCandidate of(ParticipantFacts facts, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        int tenure = facts.hireDate() == null ? 0 : (int) Math.max(0, ChronoUnit.YEARS.between(facts.hireDate(), today));
        return new MentorCandidate(facts, offsetMinutes(facts.timeZone(), now), tenure);
    }

    long accountId() {
        return facts.accountId();
    }

    static Integer offsetMinutes(String zone, Instant now) {
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone).getRules().getOffset(now).getTotalSeconds() / 60;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
