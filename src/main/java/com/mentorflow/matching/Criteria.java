package com.mentorflow.matching;

import com.mentorflow.people.ParticipantFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * How well a mentor fits a mentee on each criterion (0 to 1), and the reason (a text key, see {@link MatchReason}). Values are
 * computed for every candidate, so they stay allocation-free; reasons only for the few shown.
 */
final class Criteria {

    private Criteria() {
    }

    static double value(MatchingCriterion criterion, Mentee mentee, MentorCandidate mentor) {
        MentorCandidate me = mentee.encoded();
        return switch (criterion) {
            case MILITARY_BRANCH -> me.served && mentor.served && me.branch != Codes.UNKNOWN && me.branch == mentor.branch ? 1 : 0;
            case MILITARY_BACKGROUND -> me.connected() && mentor.connected() ? (me.relation == mentor.relation ? 1 : 0.7) : 0;
            case TRANSITION -> me.served && mentor.served && mentor.transitionYear != Codes.UNKNOWN
                    && (me.transitionYear == Codes.UNKNOWN || mentor.transitionYear < me.transitionYear) ? 1 : 0;
            case BUSINESS_LINE -> me.businessLine != Codes.UNKNOWN && me.businessLine == mentor.businessLine ? 1 : 0;
            case JOB_FAMILY -> me.jobFamily != Codes.UNKNOWN && me.jobFamily == mentor.jobFamily ? 1 : 0;
            case LEVEL_GAP -> levelGapValue(me.level, mentor.level);
            case TIME_ZONE -> {
                int hours = hoursApart(me.utcOffsetMinutes, mentor.utcOffsetMinutes);
                yield hours < 0 ? 0 : Math.max(0, 1 - hours / 12.0);
            }
            case LANGUAGE -> sharesAny(me.languages, mentor.languages) ? 1 : 0;
            case GOALS -> me.goals == 0 ? 0 : Long.bitCount(me.goals & mentor.strengths) / (double) Long.bitCount(me.goals);
            case TENURE -> Math.min(mentor.tenureYears, 10) / 10.0;
        };
    }

    /**
     * The same as summing {@code weight × value} over all criteria, written out straight: it runs for every
     * mentor on every request, and this form is several times faster than looping over the criteria.
     *
     * @param w weights indexed by criterion ordinal
     */
    static double weightedSum(MentorCandidate me, MentorCandidate mentor, double[] w) {
        double sum = 0;
        boolean bothServed = me.served && mentor.served;
        if (bothServed && me.branch != Codes.UNKNOWN && me.branch == mentor.branch) {
            sum += w[0];
        }
        if (me.connected() && mentor.connected()) {
            sum += me.relation == mentor.relation ? w[1] : 0.7 * w[1];
        }
        if (bothServed && mentor.transitionYear != Codes.UNKNOWN
                && (me.transitionYear == Codes.UNKNOWN || mentor.transitionYear < me.transitionYear)) {
            sum += w[2];
        }
        if (me.businessLine != Codes.UNKNOWN && me.businessLine == mentor.businessLine) {
            sum += w[3];
        }
        if (me.jobFamily != Codes.UNKNOWN && me.jobFamily == mentor.jobFamily) {
            sum += w[4];
        }
        sum += w[5] * levelGapValue(me.level, mentor.level);
        int hours = hoursApart(me.utcOffsetMinutes, mentor.utcOffsetMinutes);
        if (hours >= 0 && hours < 12) {
            sum += w[6] * (1 - hours / 12.0);
        }
        if (sharesAny(me.languages, mentor.languages)) {
            sum += w[7];
        }
        if (me.goals != 0) {
            sum += w[8] * Long.bitCount(me.goals & mentor.strengths) / (double) Long.bitCount(me.goals);
        }
        sum += w[9] * (Math.min(mentor.tenureYears, 10) / 10.0);
        return sum;
    }

    /** The beginnings of the English reasons older requests stored for a criterion that reveals military background. */
    private static final List<String> MILITARY_REASONS = List.of("Also served in the ", "Knows military life too",
            "Also a veteran", "Also serves in the reserves or guard", "Also a military spouse", "Left the military in ");

    /** Whether a reason stored as an English sentence (a request sent before reasons had keys) speaks of military background. */
    static boolean isMilitaryReason(String reason) {
        return MILITARY_REASONS.stream().anyMatch(reason::startsWith);
    }

    /** The reason shown on a suggestion card, or null when this criterion says nothing about the pair. */
    static MatchReason reason(MatchingCriterion criterion, Mentee mentee, MentorCandidate mentor, IntFunction<String> topicName) {
        if (value(criterion, mentee, mentor) <= 0) {
            return null;
        }
        ParticipantFacts me = mentee.facts();
        ParticipantFacts them = mentor.facts();
        return switch (criterion) {
            case MILITARY_BRANCH -> MatchReason.of(MatchReason.SERVED_IN_BRANCH, them.serviceBranch());
            case MILITARY_BACKGROUND -> me.serviceRelation() != them.serviceRelation() ? MatchReason.of(MatchReason.KNOWS_MILITARY_LIFE)
                    : switch (them.serviceRelation()) {
                        case VETERAN -> MatchReason.of(MatchReason.VETERAN);
                        case RESERVIST_OR_GUARD -> MatchReason.of(MatchReason.RESERVIST_OR_GUARD);
                        case MILITARY_SPOUSE -> MatchReason.of(MatchReason.MILITARY_SPOUSE);
                        case NONE -> null;
                    };
            case TRANSITION -> MatchReason.of(MatchReason.TRANSITION, them.transitionYear());
            case BUSINESS_LINE -> MatchReason.of(MatchReason.BUSINESS_LINE);
            case JOB_FAMILY -> MatchReason.of(MatchReason.JOB_FAMILY, them.jobFamily());
            case LEVEL_GAP -> {
                int gap = them.level() - me.level();
                yield gap == 0 ? MatchReason.of(MatchReason.SAME_LEVEL) : MatchReason.of(MatchReason.LEVELS_ABOVE, gap);
            }
            case TIME_ZONE -> {
                int hours = hoursApart(mentee.encoded().utcOffsetMinutes, mentor.utcOffsetMinutes);
                yield hours == 0 ? MatchReason.of(MatchReason.SAME_TIME_ZONE) : MatchReason.of(MatchReason.HOURS_APART, hours);
            }
            case LANGUAGE -> new MatchReason(MatchReason.LANGUAGES, firstThree(sharedLanguages(me.languages(), them.languages())));
            case GOALS -> new MatchReason(MatchReason.GOALS, firstThree(me.goalTopics().stream()
                    .filter(them.strengthTopics()::contains).sorted().map(topicName::apply).toList()));
            case TENURE -> MatchReason.of(MatchReason.TENURE, mentor.tenureYears);
        };
    }

    static double levelGapValue(int menteeLevel, int mentorLevel) {
        if (menteeLevel == Codes.UNKNOWN || mentorLevel == Codes.UNKNOWN) {
            return 0;
        }
        int gap = mentorLevel - menteeLevel;
        if (gap < 0) {
            return 0;
        }
        if (gap == 0) {
            return 0.2;
        }
        return gap <= 2 ? 1 : gap == 3 ? 0.6 : 0.3;
    }

    /** Whole hours between two UTC offsets, the short way round the clock; -1 when either is unknown. */
    static int hoursApart(int offsetA, int offsetB) {
        if (offsetA == MentorCandidate.NO_OFFSET || offsetB == MentorCandidate.NO_OFFSET) {
            return -1;
        }
        int minutes = Math.abs(offsetA - offsetB) % (24 * 60);
        minutes = Math.min(minutes, 24 * 60 - minutes);
        return Math.round(minutes / 60f);
    }

    private static boolean sharesAny(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The language codes both speak, in a stable order; each reader reads them as names in their own language. */
    private static List<String> sharedLanguages(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.stream().sorted().toList();
    }

    /** A reason names three at most, as a sentence does. */
    private static List<String> firstThree(List<String> names) {
        return names.size() > 3 ? names.subList(0, 3) : names;
    }
}
