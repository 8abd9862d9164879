package com.mentorflow.circles;

import com.mentorflow.platform.ExpressionBean;
import com.mentorflow.platform.ProgramCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A circle's calendar, read by circle-lifecycle.bpmn: six monthly meetings a term, numbered on across terms
 * (term 2 holds meetings 7 to 12), Education on odd numbers and Experience on even ones. A term lasts six months
 * whatever happens: its timers are dates counted from the term's start (process variable {@code termStartedAt}), and
 * the next term starts where the last one ended, however long the renewal decision took.
 */
@ExpressionBean
@Component("circlePlan")
public class CirclePlan {

    public static final int MEETINGS_PER_TERM = 6;
    /** After this many terms disbanding is recommended and continuing needs a program manager. */
    public static final int TERMS_BEFORE_APPROVAL = 2;
    public static final int PUBLISH_WITHIN_WEEKS = 8;
    /** After the second term, a renewal decision nobody takes within this many days disbands the circle. */
    public static final int DECISION_GRACE_DAYS = 14;

    private final ProgramCalendar calendar;

    CirclePlan(ProgramCalendar calendar) {
        this.calendar = calendar;
    }

    public List<Integer> meetingNumbers(int term) {
        int first = (term - 1) * MEETINGS_PER_TERM + 1;
        return IntStream.range(first, first + MEETINGS_PER_TERM).boxed().toList();
    }

    /** The first meeting of a term is due the day the term starts; the others a month apart. */
    public boolean meetingDueAtStart(int meeting) {
        return monthInTerm(meeting) == 0;
    }

    /** When a meeting of the term that started at {@code termStartedAt} is due. */
    public Date meetingDue(Date termStartedAt, int meeting) {
        return Date.from(termStartedAt.toInstant().plus(Duration.parse(calendar.months(monthInTerm(meeting)))));
    }

    /** Six program months after the term's start: the renewal is asked then, not when the sixth meeting is recorded. */
    public Date termEnd(Date termStartedAt) {
        return Date.from(termEnd(termStartedAt.toInstant()));
    }

    Instant termEnd(Instant termStartedAt) {
        return termStartedAt.plus(Duration.parse(calendar.months(MEETINGS_PER_TERM)));
    }

    /**
     * The first term starts now by the engine's clock (the one its timers compare against; tests move it); each
     * later term where the one before ended.
     */
    Instant nextTermStart(Date previousTermStartedAt) {
        return previousTermStartedAt == null ? ClockUtil.getCurrentTime().toInstant() : termEnd(previousTermStartedAt.toInstant());
    }

    /** Read by circle-lifecycle versions deployed before terms were dated (their running instances still need it). */
    public String meetingStart(int meeting) {
        return calendar.months(monthInTerm(meeting));
    }

    /** Read by circle-lifecycle versions deployed before terms were dated (their running instances still need it). */
    public String getTermLength() {
        return calendar.months(MEETINGS_PER_TERM);
    }

    public String getDecisionGrace() {
        return calendar.days(DECISION_GRACE_DAYS);
    }

    Instant decisionDeadline(Instant termEndsAt) {
        return termEndsAt.plus(Duration.parse(getDecisionGrace()));
    }

    public String getPublishDeadline() {
        return calendar.weeks(PUBLISH_WITHIN_WEEKS);
    }

    public String getVotingTime() {
        return calendar.getWeek();
    }

    public String getFeedbackTime() {
        return calendar.weeks(2);
    }

    public static CircleMeetingKind defaultKind(int meeting) {
        return meeting % 2 == 1 ? CircleMeetingKind.EDUCATION : CircleMeetingKind.EXPERIENCE;
    }

    private static int monthInTerm(int meeting) {
        return (meeting - 1) % MEETINGS_PER_TERM;
    }
}
