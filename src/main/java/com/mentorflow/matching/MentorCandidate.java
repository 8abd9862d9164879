package com.mentorflow.matching;

import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A person as the engine compares them: their facts for the reasons shown, and the same facts encoded as
 * ints and bit masks for the comparison itself, which runs once per mentor per request. Public as a handle only
 * (for cohort matching): what it holds is read through {@link PairScorer}.
 */
public final class MentorCandidate {

    static final int NO_OFFSET = Integer.MIN_VALUE;

    final ParticipantFacts facts;
    final long accountId;
    final boolean active;
    final boolean wantsMentor;
    final boolean acceptingRequests;
    final int capacity;
    final int programs;
    final int site;
    final int businessLine;
    final int jobFamily;
    final int level;
    final int[] languages;
    final long goals;
    final long strengths;
    final int relation;
    final boolean served;
    final int branch;
    final int transitionYear;
    final int utcOffsetMinutes;
    final int tenureYears;

    private MentorCandidate(ParticipantFacts facts, Instant now) {
        this.facts = facts;
        this.accountId = facts.accountId();
        this.active = facts.active();
        this.wantsMentor = facts.wantsMentor();
        this.acceptingRequests = facts.acceptingRequests();
        this.capacity = facts.mentorCapacity();
        int programBits = 0;
        for (Program program : facts.programs()) {
            programBits |= 1 << program.ordinal();
        }
        this.programs = programBits;
        this.site = Codes.of(facts.site());
        this.businessLine = Codes.of(facts.businessLine());
        this.jobFamily = Codes.of(facts.jobFamily());
        this.level = facts.level() == null ? Codes.UNKNOWN : facts.level();
        this.languages = Codes.of(facts.languages());
        this.goals = Codes.topicMask(facts.goalTopics());
        this.strengths = Codes.topicMask(facts.strengthTopics());
        this.relation = facts.serviceRelation() == null ? Codes.UNKNOWN : facts.serviceRelation().ordinal();
        this.served = facts.served();
        this.branch = Codes.of(facts.serviceBranch());
        this.transitionYear = facts.transitionYear() == null ? Codes.UNKNOWN : facts.transitionYear();
        this.utcOffsetMinutes = offsetMinutes(facts.timeZone(), now);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.tenureYears = facts.hireDate() == null ? 0
                : (int) Math.max(0, ChronoUnit.YEARS.between(facts.hireDate(), today));
    }

    public static MentorCandidate of(ParticipantFacts facts, Instant now) {
        return new MentorCandidate(facts, now);
    }

    public long accountId() {
        return accountId;
    }

    public ParticipantFacts facts() {
        return facts;
    }

    /** How many mentees this mentor takes at most, those they have now included. */
    public int capacity() {
        return capacity;
    }

    boolean inProgram(Program program) {
        return (programs & (1 << program.ordinal())) != 0;
    }

    boolean connected() {
        return relation != Codes.UNKNOWN && relation != com.mentorflow.people.MilitaryBackground.Relation.NONE.ordinal();
    }

    static int offsetMinutes(String zone, Instant now) {
        if (zone == null) {
            return NO_OFFSET;
        }
        try {
            return ZoneId.of(zone).getRules().getOffset(now).getTotalSeconds() / 60;
        } catch (DateTimeException e) {
            return NO_OFFSET;
        }
    }
}
