package com.mentorflow.matching.cohort;

import static com.mentorflow.TestCompany.FAMILIES;
import static com.mentorflow.TestCompany.LINES;
import static com.mentorflow.TestCompany.SITES;
import static com.mentorflow.TestCompany.ZONES;

import com.mentorflow.matching.MatchingCriterion;
import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import com.mentorflow.matching.PairScorer;
import com.mentorflow.people.EmployeeType;
import com.mentorflow.people.MilitaryBackground.Relation;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded, realistic cohorts: a company's sites with their time zones, business lines, job families, levels skewed
 * as in a directory (mentees L3–L6, mentors L4–L10), one in seven with a military background, goals and strengths
 * from twelve topics, capacities 1–3. The same seed gives the same people.
 */
final class CohortProfiles {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final PairScorer NEW_HIRE = PairScorer.of(Program.NEW_HIRE, weights(25, 15, 15, 10, 10, 10, 10, 5, 15, 5));

    private static final List<Set<String>> LANGUAGES = List.of(Set.of("en"), Set.of("en", "es"), Set.of("en", "hi"),
            Set.of("en", "fr"), Set.of("en", "de"), Set.of("en", "pt"), Set.of("en", "ja"));
    private static final String[] BRANCHES = {"Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"};

    private final Random random;
    private long nextId;

    CohortProfiles(long seed) {
        this.random = new Random(seed);
        this.nextId = 1;
    }

    List<Mentee> mentees(int count) {
        List<Mentee> mentees = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mentees.add(Mentee.of(person(false, 3 + random.nextInt(4), LocalDate.of(2026, 1 + random.nextInt(11), 1), 0,
                    topics(1 + random.nextInt(3)), Set.of()), NOW));
        }
        return mentees;
    }

    List<MentorCandidate> mentors(int count) {
        List<MentorCandidate> mentors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int level = Math.min(10, 4 + (int) Math.abs(random.nextGaussian() * 2.5));
            mentors.add(MentorCandidate.of(person(true, level, LocalDate.of(2006 + random.nextInt(20), 1 + random.nextInt(12), 1),
                    1 + random.nextInt(3), Set.of(), topics(1 + random.nextInt(4))), NOW));
        }
        return mentors;
    }

    private ParticipantFacts person(boolean mentor, int level, LocalDate hired, int capacity, Set<Integer> goals,
                                    Set<Integer> strengths) {
        long id = nextId++;
        int site = random.nextInt(SITES.length);
        int military = random.nextInt(100);
        Relation relation = military < 10 ? Relation.VETERAN : military < 13 ? Relation.RESERVIST_OR_GUARD
                : military < 15 ? Relation.MILITARY_SPOUSE : Relation.NONE;
        boolean served = relation == Relation.VETERAN || relation == Relation.RESERVIST_OR_GUARD;
        return new ParticipantFacts(id, (mentor ? "Mentor " : "Mentee ") + id, random.nextInt(100) < 98,
                EmployeeType.REGULAR, mentor, !mentor, !mentor || random.nextInt(100) < 95, capacity,
                EnumSet.of(Program.NEW_HIRE, Program.OPEN), ZONES[site], SITES[site], "US",
                LINES[random.nextInt(LINES.length)], FAMILIES[random.nextInt(FAMILIES.length)], level, hired,
                LANGUAGES.get(random.nextInt(LANGUAGES.size())), goals, strengths, relation,
                served ? BRANCHES[random.nextInt(BRANCHES.length)] : null, served ? 1995 + random.nextInt(31) : null,
                random.nextBoolean());
    }

    private Set<Integer> topics(int count) {
        Set<Integer> topics = new HashSet<>();
        while (topics.size() < count) {
            topics.add(1 + random.nextInt(12));
        }
        return topics;
    }

    static String topicName(int id) {
        return "Topic " + id;
    }

    static Map<MatchingCriterion, Integer> weights(int... values) {
        Map<MatchingCriterion, Integer> weights = new EnumMap<>(MatchingCriterion.class);
        for (MatchingCriterion criterion : MatchingCriterion.values()) {
            weights.put(criterion, values[criterion.ordinal()]);
        }
        return weights;
    }
}
