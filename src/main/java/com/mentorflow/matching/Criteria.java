package com.mentorflow.matching;

import com.mentorflow.people.ParticipantFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * How well a mentor fits a mentee on each criterion (0 to 1), and the reason in plain words. Values are
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

    /** The beginnings of every reason {@link #reason} gives for a criterion that reveals military background. */
    private static final List<String> MILITARY_REASONS = List.of("Also served in the ", "Knows military life too",
            "Also a veteran", "Also serves in the reserves or guard", "Also a military spouse", "Left the military in ");

    /** Whether a stored reason (a request's, written earlier) speaks of military background. */
    static boolean isMilitaryReason(String reason) {
        return MILITARY_REASONS.stream().anyMatch(reason::startsWith);
    }

    /** The reason shown on a suggestion card, or null when this criterion says nothing about the pair. */
    static String reason(MatchingCriterion criterion, Mentee mentee, MentorCandidate mentor, IntFunction<String> topicName) {
        if (value(criterion, mentee, mentor) <= 0) {
            return null;
        }
        ParticipantFacts me = mentee.facts();
        ParticipantFacts them = mentor.facts();
        return switch (criterion) {
            case MILITARY_BRANCH -> "Also served in the " + them.serviceBranch();
            case MILITARY_BACKGROUND -> me.serviceRelation() != them.serviceRelation() ? "Knows military life too"
                    : switch (them.serviceRelation()) {
                        case VETERAN -> "Also a veteran";
                        case RESERVIST_OR_GUARD -> "Also serves in the reserves or guard";
                        case MILITARY_SPOUSE -> "Also a military spouse";
                        case NONE -> null;
                    };
            case TRANSITION -> "Left the military in " + them.transitionYear() + " and made the move to civilian work";
            case BUSINESS_LINE -> "Same business line";
            case JOB_FAMILY -> "Same job family (" + them.jobFamily() + ")";
            case LEVEL_GAP -> {
                int gap = them.level() - me.level();
                yield gap == 0 ? "Same level as you" : gap + (gap == 1 ? " level" : " levels") + " above you";
            }
            case TIME_ZONE -> {
                int hours = hoursApart(mentee.encoded().utcOffsetMinutes, mentor.utcOffsetMinutes);
                yield hours == 0 ? "Same time zone" : hours + (hours == 1 ? " hour" : " hours") + " time difference";
            }
            case LANGUAGE -> "Also speaks " + languageNames(me.languages(), them.languages());
            case GOALS -> "Can help with " + joinNames(me.goalTopics().stream().filter(them.strengthTopics()::contains)
                    .sorted().map(topicName::apply).toList());
            case TENURE -> mentor.tenureYears + (mentor.tenureYears == 1 ? " year" : " years") + " at the company";
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

    private static String languageNames(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return joinNames(shared.stream().sorted()
                .map(code -> Objects.requireNonNullElse(Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH), code))
                .map(name -> name.isEmpty() ? "?" : name).toList());
    }

    static String joinNames(List<String> names) {
        List<String> shown = names.size() > 3 ? names.subList(0, 3) : names;
        if (shown.size() <= 1) {
            return String.join("", shown);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }
}
