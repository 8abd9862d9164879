package com.mentorflow.matching.cohort;

import com.mentorflow.matching.CohortSources;
import com.mentorflow.matching.MatchingWeights;
import com.mentorflow.matching.Mentee;
import com.mentorflow.matching.MentorCandidate;
import com.mentorflow.matching.PairScorer;
import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import com.mentorflow.people.Topics;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds what cohort matching weighs from the directory and the matching module: the cohort (mentees who want a
 * mentor in the program, with no active mentorship and no open request in it, as the program manager filtered
 * them), the mentors the suggestions draw on (filtered too), their load, and whom each mentee asked already.
 */
@Component
class CohortLoader {

    private final ParticipantDirectory directory;
    private final CohortSources sources;
    private final MatchingWeights weights;
    private final Topics topics;
    private final Clock clock;

    CohortLoader(ParticipantDirectory directory, CohortSources sources, MatchingWeights weights, Topics topics,
                 Clock clock) {
        this.directory = directory;
        this.sources = sources;
        this.weights = weights;
        this.topics = topics;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** A first run: the cohort as chosen. */
    CohortRequest firstRun(CohortChoice choice) {
        return request(choice, mentee -> true, List.of(), Set.of());
    }

    /**
     * A re-run of the mentees a run holds: those still waiting for a mentor, around the locked pairs (kept whatever
     * the filters say now) and without the removed ones.
     */
    CohortRequest rerun(CohortChoice choice, Set<Long> runMentees, List<LockedPair> locked, Set<RemovedPair> removed) {
        return request(choice, mentee -> runMentees.contains(mentee.accountId()), locked, removed);
    }

    private CohortRequest request(CohortChoice choice, Predicate<ParticipantFacts> inRun, List<LockedPair> locked,
                                  Set<RemovedPair> removed) {
        Instant now = clock.instant();
        Set<Long> taken = sources.menteesTaken(choice.program());
        Set<Long> lockedMentees = locked.stream().map(LockedPair::menteeAccountId).collect(Collectors.toSet());
        List<Mentee> mentees = new ArrayList<>();
        directory.forEachMentee(facts -> {
            boolean waiting = inCohort(facts, choice) && !taken.contains(facts.accountId()) && inRun.test(facts);
            if (waiting || lockedMentees.contains(facts.accountId())) {
                mentees.add(Mentee.of(facts, now));
            }
        });
        List<MentorCandidate> mentors = new ArrayList<>(sources.mentorsIn(choice.program()).stream()
                .filter(mentor -> drawnOn(mentor.facts(), choice)).toList());
        Set<Long> mentorIds = mentors.stream().map(MentorCandidate::accountId).collect(Collectors.toCollection(HashSet::new));
        for (LockedPair lock : locked) {
            // A locked mentor who left the filters since (or the pool) still holds the pair the manager kept.
            if (mentorIds.add(lock.mentorAccountId())) {
                directory.find(lock.mentorAccountId()).ifPresent(facts -> mentors.add(MentorCandidate.of(facts, now)));
            }
        }
        Set<Long> present = mentors.stream().map(MentorCandidate::accountId).collect(Collectors.toSet());
        Set<Long> menteeIds = mentees.stream().map(Mentee::accountId).collect(Collectors.toSet());
        List<LockedPair> kept = locked.stream().filter(lock -> present.contains(lock.mentorAccountId())
                && menteeIds.contains(lock.menteeAccountId())).toList();
        Map<Long, Integer> active = sources.activeMenteesByMentor();
        Map<Long, Set<Long>> asked = sources.alreadyAsked();
        return new CohortRequest(scorer(choice.program()), mentees, mentors, id -> active.getOrDefault(id, 0),
                id -> asked.getOrDefault(id, Set.of()), kept, removed, CohortRequest.DEFAULT_CANDIDATES_PER_MENTEE,
                topics::spoken);
    }

    PairScorer scorer(Program program) {
        return PairScorer.of(program, weights.of(program));
    }

    /** The pair as the cohort would score and explain it, and why a must-filter rules it out (null when none does). */
    record Weighed(CohortPair pair, String whyExcluded, String menteeName, String mentorName) {
    }

    Weighed weigh(Program program, long menteeAccountId, long mentorAccountId) {
        Instant now = clock.instant();
        ParticipantFacts menteeFacts = directory.find(menteeAccountId).orElseThrow();
        ParticipantFacts mentorFacts = directory.find(mentorAccountId).orElseThrow();
        Mentee mentee = Mentee.of(menteeFacts, now);
        MentorCandidate mentor = MentorCandidate.of(mentorFacts, now);
        PairScorer scorer = scorer(program);
        CohortPair pair = new CohortPair(menteeAccountId, mentorAccountId, scorer.score(mentee, mentor),
                scorer.explain(mentee, mentor, topics::spoken).reasons(), true);
        return new Weighed(pair, scorer.whyExcluded(mentee, mentor, sources.alreadyAsked(menteeAccountId)),
                menteeFacts.displayName(), mentorFacts.displayName());
    }

    /** The filter values of the program's mentees and mentors, sorted. */
    CohortOptions options(Program program) {
        Set<YearMonth> months = new TreeSet<>();
        Set<String> sites = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        Set<String> lines = new TreeSet<>();
        List<ParticipantFacts> people = new ArrayList<>();
        directory.forEachMentee(facts -> {
            if (facts.active() && facts.programs().contains(program)) {
                people.add(facts);
                if (facts.hireDate() != null) {
                    months.add(YearMonth.from(facts.hireDate()));
                }
            }
        });
        sources.mentorsIn(program).forEach(mentor -> people.add(mentor.facts()));
        for (ParticipantFacts facts : people) {
            addIfKnown(sites, facts.site());
            addIfKnown(countries, facts.country());
            addIfKnown(lines, facts.businessLine());
        }
        return new CohortOptions(List.copyOf(months), List.copyOf(sites), List.copyOf(countries), List.copyOf(lines));
    }

    private static void addIfKnown(Collection<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    static boolean inCohort(ParticipantFacts facts, CohortChoice choice) {
        return facts.active() && facts.wantsMentee() && facts.programs().contains(choice.program())
                && (choice.startMonth() == null
                        || (facts.hireDate() != null && YearMonth.from(facts.hireDate()).equals(choice.startMonth())))
                && matches(choice.site(), facts.site()) && matches(choice.country(), facts.country())
                && matches(choice.businessLine(), facts.businessLine());
    }

    static boolean drawnOn(ParticipantFacts facts, CohortChoice choice) {
        return matches(choice.mentorSite(), facts.site()) && matches(choice.mentorCountry(), facts.country())
                && matches(choice.mentorBusinessLine(), facts.businessLine());
    }

    private static boolean matches(String chosen, String value) {
        return chosen == null || chosen.isBlank() || (value != null && chosen.strip().equalsIgnoreCase(value.strip()));
    }
}
