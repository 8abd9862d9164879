package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.people.MilitaryBackground.Relation;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every criterion: its value and the reason a mentee reads. */
class CriteriaTest {

    private final Facts mentee = Facts.mentee();
    private final Facts mentor = Facts.mentor(1);

    private double value(MatchingCriterion criterion) {
        return Criteria.value(criterion, mentee.asMentee(), mentor.candidate());
    }

    private String reason(MatchingCriterion criterion) {
        MatchReason reason = Criteria.reason(criterion, mentee.asMentee(), mentor.candidate(), Facts::topicName);
        return reason == null ? null : reason.english();
    }

    @Test
    void sameBranchCountsOnlyWhenBothServed() {
        mentee.veteran("Army", 2026);
        mentor.veteran("army", 2012);
        assertThat(value(MatchingCriterion.MILITARY_BRANCH)).isEqualTo(1);
        assertThat(reason(MatchingCriterion.MILITARY_BRANCH)).isEqualTo("Also served in the army");

        mentor.veteran("Navy", 2012);
        assertThat(value(MatchingCriterion.MILITARY_BRANCH)).isZero();
        assertThat(reason(MatchingCriterion.MILITARY_BRANCH)).isNull();

        mentor.relation = Relation.MILITARY_SPOUSE;
        mentor.branch = "Army";
        assertThat(value(MatchingCriterion.MILITARY_BRANCH)).as("a spouse did not serve").isZero();
    }

    @Test
    void militaryBackgroundIsFullForTheSameRelationAndPartialForAnother() {
        mentee.veteran("Army", null);
        mentor.veteran("Navy", 2010);
        assertThat(value(MatchingCriterion.MILITARY_BACKGROUND)).isEqualTo(1);
        assertThat(reason(MatchingCriterion.MILITARY_BACKGROUND)).isEqualTo("Also a veteran");

        mentor.relation = Relation.MILITARY_SPOUSE;
        assertThat(value(MatchingCriterion.MILITARY_BACKGROUND)).isEqualTo(0.7);
        assertThat(reason(MatchingCriterion.MILITARY_BACKGROUND)).isEqualTo("Knows military life too");

        mentee.relation = Relation.NONE;
        assertThat(value(MatchingCriterion.MILITARY_BACKGROUND)).isZero();
    }

    @Test
    void transitionNeedsAMentorWhoLeftServiceBeforeTheMentee() {
        mentee.veteran("Army", 2026);
        mentor.veteran("Navy", 2012);
        assertThat(value(MatchingCriterion.TRANSITION)).isEqualTo(1);
        assertThat(reason(MatchingCriterion.TRANSITION)).isEqualTo("Left the military in 2012 and made the move to civilian work");

        mentor.transitionYear = 2026;
        assertThat(value(MatchingCriterion.TRANSITION)).isZero();
        mentor.transitionYear = null;
        assertThat(value(MatchingCriterion.TRANSITION)).isZero();
    }

    @Test
    void businessLineAndJobFamily() {
        assertThat(value(MatchingCriterion.BUSINESS_LINE)).isEqualTo(1);
        assertThat(reason(MatchingCriterion.BUSINESS_LINE)).isEqualTo("Same business line");
        assertThat(reason(MatchingCriterion.JOB_FAMILY)).isEqualTo("Same job family (Software engineering)");

        mentor.businessLine = "Retail";
        mentor.jobFamily = null;
        assertThat(value(MatchingCriterion.BUSINESS_LINE)).isZero();
        assertThat(value(MatchingCriterion.JOB_FAMILY)).isZero();
    }

    @Test
    void levelGapPrefersOneOrTwoLevelsAbove() {
        mentee.level = 4;
        mentor.level = 6;
        assertThat(value(MatchingCriterion.LEVEL_GAP)).isEqualTo(1);
        assertThat(reason(MatchingCriterion.LEVEL_GAP)).isEqualTo("2 levels above you");
        mentor.level = 5;
        assertThat(reason(MatchingCriterion.LEVEL_GAP)).isEqualTo("1 level above you");
        mentor.level = 7;
        assertThat(value(MatchingCriterion.LEVEL_GAP)).isEqualTo(0.6);
        mentor.level = 9;
        assertThat(value(MatchingCriterion.LEVEL_GAP)).isEqualTo(0.3);
        mentor.level = 4;
        assertThat(reason(MatchingCriterion.LEVEL_GAP)).isEqualTo("Same level as you");
        mentor.level = 3;
        assertThat(value(MatchingCriterion.LEVEL_GAP)).isZero();
        mentor.level = null;
        assertThat(value(MatchingCriterion.LEVEL_GAP)).isZero();
    }

    @Test
    void timeZoneOverlapShrinksWithTheHoursApart() {
        mentee.timeZone = "America/Chicago";
        mentor.timeZone = "America/Chicago";
        assertThat(value(MatchingCriterion.TIME_ZONE)).isEqualTo(1);
        assertThat(reason(MatchingCriterion.TIME_ZONE)).isEqualTo("Same time zone");

        mentor.timeZone = "America/Los_Angeles";
        assertThat(value(MatchingCriterion.TIME_ZONE)).isEqualTo(1 - 2 / 12.0);
        assertThat(reason(MatchingCriterion.TIME_ZONE)).isEqualTo("2 hours time difference");

        mentor.timeZone = "Europe/Dublin";
        assertThat(value(MatchingCriterion.TIME_ZONE)).isEqualTo(0.5);
        assertThat(reason(MatchingCriterion.TIME_ZONE)).isEqualTo("6 hours time difference");

        mentor.timeZone = "Asia/Kolkata"; // 11.5 hours from Chicago in November: no overlap, nothing to say
        assertThat(value(MatchingCriterion.TIME_ZONE)).isZero();
        assertThat(reason(MatchingCriterion.TIME_ZONE)).isNull();

        mentor.timeZone = null;
        assertThat(value(MatchingCriterion.TIME_ZONE)).isZero();
        assertThat(reason(MatchingCriterion.TIME_ZONE)).isNull();
    }

    @Test
    void hoursApartGoesTheShortWayRoundTheClock() {
        assertThat(Criteria.hoursApart(-10 * 60, 13 * 60)).isEqualTo(1);
        assertThat(Criteria.hoursApart(0, 60)).isEqualTo(1);
        assertThat(Criteria.hoursApart(MentorCandidate.NO_OFFSET, 60)).as("unknown").isEqualTo(-1);
    }

    @Test
    void sharedLanguageNamesTheLanguage() {
        mentee.languages = Set.of("en", "es");
        mentor.languages = Set.of("es", "fr");
        assertThat(value(MatchingCriterion.LANGUAGE)).isEqualTo(1);
        assertThat(reason(MatchingCriterion.LANGUAGE)).isEqualTo("Also speaks Spanish");

        mentor.languages = Set.of("de");
        assertThat(value(MatchingCriterion.LANGUAGE)).isZero();
    }

    @Test
    void goalsMatchedByStrengthsIsTheShareOfGoalsCovered() {
        mentee.goals = Set.of(1, 3);
        mentor.strengths = Set.of(3, 9);
        assertThat(value(MatchingCriterion.GOALS)).isEqualTo(0.5);
        assertThat(reason(MatchingCriterion.GOALS)).isEqualTo("Can help with Transition from the military");

        mentor.strengths = Set.of(1, 3);
        assertThat(value(MatchingCriterion.GOALS)).isEqualTo(1);
        assertThat(reason(MatchingCriterion.GOALS)).isEqualTo("Can help with Career growth and Transition from the military");

        mentee.goals = Set.of();
        assertThat(value(MatchingCriterion.GOALS)).isZero();
    }

    @Test
    void tenureCountsUpToTenYears() {
        mentor.hired = LocalDate.of(2020, 11, 1);
        assertThat(value(MatchingCriterion.TENURE)).isEqualTo(0.6);
        assertThat(reason(MatchingCriterion.TENURE)).isEqualTo("6 years at the company");
        mentor.hired = LocalDate.of(1990, 1, 1);
        assertThat(value(MatchingCriterion.TENURE)).isEqualTo(1);
        mentor.hired = LocalDate.of(2026, 6, 1);
        assertThat(value(MatchingCriterion.TENURE)).isZero();
        assertThat(reason(MatchingCriterion.TENURE)).isNull();
    }

    @Test
    void namesAreJoinedAsInASentence() {
        assertThat(MatchReason.joined(java.util.List.of("A"), com.mentorflow.platform.Languages.ENGLISH)).isEqualTo("A");
        assertThat(MatchReason.joined(java.util.List.of("A", "B", "C", "D"), com.mentorflow.platform.Languages.ENGLISH))
                .isEqualTo("A, B and C");
    }
}
