package com.mentorflow.matching;

import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.Program;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.LongToIntFunction;
import java.util.function.Predicate;

/**
 * Ranks mentors for one mentee: hard filters first, then a weighted score over the criteria. Pure and
 * deterministic (ties go to the lower account id), so it is tested without a database.
 */
final class SuggestionEngine {

    static final int REASONS_SHOWN = 3;

    /**
     * What one ranking needs besides the candidates.
     *
     * @param militaryShown whether the reasons about this mentor may speak of military background (the viewer may
     *                      see it): a shared background reveals both people's, so reasons say nothing of it otherwise
     */
    record Request(Mentee mentee, Program program, Map<MatchingCriterion, Integer> weights,
                   LongToIntFunction activeMentees, Set<Long> alreadyAsked, Set<Long> bookmarks, int limit,
                   Predicate<ParticipantFacts> militaryShown) {

        /** Military reasons only about mentors who chose to show their background. */
        Request(Mentee mentee, Program program, Map<MatchingCriterion, Integer> weights, LongToIntFunction activeMentees,
                Set<Long> alreadyAsked, Set<Long> bookmarks, int limit) {
            this(mentee, program, weights, activeMentees, alreadyAsked, bookmarks, limit, ParticipantFacts::showsMilitary);
        }
    }

    private record Scored(MentorCandidate mentor, double score) {
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingLong(scored -> scored.mentor().accountId());

    private SuggestionEngine() {
    }

    static List<Suggestion> rank(Request request, Iterable<MentorCandidate> candidates, IntFunction<String> topicName) {
        double[] weights = weightsByOrdinal(request.weights());
        double totalWeight = total(weights);
        // A min-heap of the best so far: the worst of them sits on top and is replaced by anyone better.
        PriorityQueue<Scored> best = new PriorityQueue<>(request.limit() + 1, BEST_FIRST.reversed());
        List<Scored> bookmarked = new ArrayList<>();
        MentorCandidate me = request.mentee().encoded();
        for (MentorCandidate mentor : candidates) {
            if (HardFilters.whyExcluded(request.mentee(), mentor, request.program(), request.activeMentees(),
                    request.alreadyAsked()) != null) {
                continue;
            }
            double score = score(me, mentor, weights, totalWeight);
            if (!request.bookmarks().isEmpty() && request.bookmarks().contains(mentor.accountId())) {
                bookmarked.add(new Scored(mentor, score));
                continue;
            }
            // Most candidates lose to the current worst of the best: skip them without allocating.
            Scored worst = best.size() < request.limit() ? null : best.peek();
            if (worst != null && (score < worst.score() || (score == worst.score() && mentor.accountId() > worst.mentor().accountId()))) {
                continue;
            }
            best.add(new Scored(mentor, score));
            if (best.size() > request.limit()) {
                best.poll();
            }
        }
        List<Scored> ranked = new ArrayList<>(bookmarked);
        ranked.sort(BEST_FIRST);
        List<Scored> others = new ArrayList<>(best);
        others.sort(BEST_FIRST);
        ranked.addAll(others);
        return ranked.stream().limit(request.limit())
                .map(scored -> explain(scored, request, weights, topicName)).toList();
    }

    /** Score and reasons for one given mentor, filters aside: what the mentor sees on a request. */
    static Suggestion explainOne(Request request, MentorCandidate mentor, IntFunction<String> topicName) {
        double[] weights = weightsByOrdinal(request.weights());
        double score = score(request.mentee().encoded(), mentor, weights, total(weights));
        return explain(new Scored(mentor, score), request, weights, topicName);
    }

    /** The one score of a pair, 0–100: the weighted share of the criteria the mentor meets for this mentee. */
    static double score(MentorCandidate me, MentorCandidate mentor, double[] weights, double totalWeight) {
        return totalWeight == 0 ? 0 : 100 * Criteria.weightedSum(me, mentor, weights) / totalWeight;
    }

    static double[] weightsByOrdinal(Map<MatchingCriterion, Integer> weights) {
        double[] byOrdinal = new double[MatchingCriterion.values().length];
        for (MatchingCriterion criterion : MatchingCriterion.values()) {
            byOrdinal[criterion.ordinal()] = weights.getOrDefault(criterion, 0);
        }
        return byOrdinal;
    }

    static double total(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        return total;
    }

    private static Suggestion explain(Scored scored, Request request, double[] weights, IntFunction<String> topicName) {
        MentorCandidate mentor = scored.mentor();
        Map<MatchingCriterion, Double> contributions = new EnumMap<>(MatchingCriterion.class);
        // The score still counts military criteria; only their reasons are left out when the viewer may not see them.
        boolean militaryShown = request.militaryShown().test(mentor.facts());
        for (MatchingCriterion criterion : MatchingCriterion.values()) {
            if (!militaryShown && criterion.revealsMilitary()) {
                continue;
            }
            double contribution = weights[criterion.ordinal()] * Criteria.value(criterion, request.mentee(), mentor);
            if (contribution > 0) {
                contributions.put(criterion, contribution);
            }
        }
        List<MatchReason> reasons = contributions.entrySet().stream()
                .sorted(Map.Entry.<MatchingCriterion, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> Criteria.reason(entry.getKey(), request.mentee(), mentor, topicName))
                .filter(reason -> reason != null)
                .limit(REASONS_SHOWN)
                .toList();
        return new Suggestion(mentor.accountId(), mentor.facts().displayName(), mentor.facts().role(),
                mentor.facts().site(), (int) Math.round(scored.score()), reasons,
                request.bookmarks().contains(mentor.accountId()));
    }
}
