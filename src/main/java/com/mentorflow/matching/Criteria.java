package com.mentorflow.matching;

import com.mentorflow.people.MilitaryBackground.Relation;
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
        ParticipantFacts me = mentee.facts();
        ParticipantFacts them = mentor.facts();
        return switch (criterion) {
            case MILITARY_BRANCH -> me.served() && them.served() && me.serviceBranch() != null
                    && me.serviceBranch().equalsIgnoreCase(String.valueOf(them.serviceBranch())) ? 1 : 0;
            case MILITARY_BACKGROUND -> connected(me) && connected(them)
                    ? (me.serviceRelation() == them.serviceRelation() ? 1 : 0.7) : 0;
            case TRANSITION -> me.served() && them.served() && them.transitionYear() != null
                    && (me.transitionYear() == null || them.transitionYear() < me.transitionYear()) ? 1 : 0;
            case BUSINESS_LINE -> same(me.businessLine(), them.businessLine()) ? 1 : 0;
            case JOB_FAMILY -> same(me.jobFamily(), them.jobFamily()) ? 1 : 0;
            case LEVEL_GAP -> levelGapValue(me.level(), them.level());
            case TIME_ZONE -> {
                Integer hours = hoursApart(mentee.utcOffsetMinutes(), mentor.utcOffsetMinutes());
                yield hours == null ? 0 : Math.max(0, 1 - hours / 12.0);
            }
            case LANGUAGE -> sharesAny(me.languages(), them.languages()) ? 1 : 0;
            case GOALS -> {
                if (me.goalTopics().isEmpty()) {
                    yield 0;
                }
                int matched = 0;
                for (Integer goal : me.goalTopics()) {
                    if (them.strengthTopics().contains(goal)) {
                        matched++;
                    }
                }
                yield matched / (double) me.goalTopics().size();
            }
            case TENURE -> Math.min(mentor.tenureYears(), 10) / 10.0;
        };
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
                int hours = hoursApart(mentee.utcOffsetMinutes(), mentor.utcOffsetMinutes());
                yield hours == 0 ? "Same time zone" : hours + (hours == 1 ? " hour" : " hours") + " time difference";
            }
            case LANGUAGE -> "Also speaks " + languageNames(me.languages(), them.languages());
            case GOALS -> "Can help with " + joinNames(me.goalTopics().stream().filter(them.strengthTopics()::contains)
                    .sorted().map(topicName::apply).toList());
            case TENURE -> mentor.tenureYears() + (mentor.tenureYears() == 1 ? " year" : " years") + " at the company";
        };
    }

    static double levelGapValue(Integer menteeLevel, Integer mentorLevel) {
        if (menteeLevel == null || mentorLevel == null) {
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

    /** Whole hours between two UTC offsets, the short way round the clock. */
    static Integer hoursApart(Integer offsetA, Integer offsetB) {
        if (offsetA == null || offsetB == null) {
            return null;
        }
        int minutes = Math.abs(offsetA - offsetB) % (24 * 60);
        minutes = Math.min(minutes, 24 * 60 - minutes);
        return Math.round(minutes / 60f);
    }

    private static boolean connected(ParticipantFacts facts) {
        return facts.serviceRelation() != null && facts.serviceRelation() != Relation.NONE;
    }

    private static boolean same(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }

    private static boolean sharesAny(Set<String> a, Set<String> b) {
        for (String language : a) {
            if (b.contains(language)) {
                return true;
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
