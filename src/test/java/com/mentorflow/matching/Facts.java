package com.mentorflow.matching;

import com.mentorflow.people.EmployeeType;
import com.mentorflow.people.MilitaryBackground.Relation;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Readable test people: a builder over ParticipantFacts with sensible defaults. */
final class Facts {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    long accountId = 1;
    String name = "Pat";
    boolean active = true;
    boolean wantsMentor = true;
    boolean wantsMentee = false;
    boolean accepting = true;
    int capacity = 2;
    Set<Program> programs = EnumSet.of(Program.NEW_HIRE, Program.OPEN);
    String timeZone = "America/Chicago";
    String site = "Seattle";
    String businessLine = "Cloud";
    String jobFamily = "Software engineering";
    Integer level = 6;
    LocalDate hired = LocalDate.of(2018, 1, 1);
    Set<String> languages = Set.of("en");
    Set<Integer> goals = Set.of();
    Set<Integer> strengths = Set.of(1);
    Relation relation = Relation.NONE;
    String branch;
    Integer transitionYear;
    boolean showsMilitary;

    static Facts mentor(long id) {
        Facts facts = new Facts();
        facts.accountId = id;
        facts.name = "Mentor " + id;
        return facts;
    }

    static Facts mentee() {
        Facts facts = new Facts();
        facts.accountId = 1000;
        facts.name = "Maya";
        facts.wantsMentor = false;
        facts.wantsMentee = true;
        facts.site = "Austin";
        facts.level = 4;
        facts.hired = LocalDate.of(2026, 10, 1);
        facts.goals = Set.of(1, 3);
        facts.strengths = Set.of();
        return facts;
    }

    Facts veteran(String branch, Integer transitionYear) {
        this.relation = Relation.VETERAN;
        this.branch = branch;
        this.transitionYear = transitionYear;
        return this;
    }

    /** Lets people they are not matched with see their military background (off unless chosen). */
    Facts showingMilitary() {
        this.showsMilitary = true;
        return this;
    }

    ParticipantFacts build() {
        return new ParticipantFacts(accountId, name, active, EmployeeType.REGULAR, wantsMentor, wantsMentee, accepting,
                capacity, programs, timeZone, site, "US", businessLine, jobFamily, level, hired, languages, goals, strengths,
                relation, branch, transitionYear, showsMilitary);
    }

    MentorCandidate candidate() {
        return MentorCandidate.of(build(), NOW);
    }

    Mentee asMentee() {
        return Mentee.of(build(), NOW);
    }

    static String topicName(int id) {
        return switch (id) {
            case 1 -> "Career growth";
            case 2 -> "Leadership";
            case 3 -> "Transition from the military";
            default -> "Topic " + id;
        };
    }
}
