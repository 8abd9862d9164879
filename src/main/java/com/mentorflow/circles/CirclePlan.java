package com.mentorflow.circles;

import com.mentorflow.platform.ExpressionBean;
import com.mentorflow.platform.ProgramCalendar;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * A circle's calendar, read by circle-lifecycle.bpmn: six monthly meetings a term, numbered on across terms
 * (term 2 holds meetings 7 to 12), Education on odd numbers and Experience on even ones.
 */
@ExpressionBean
@Component("circlePlan")
public class CirclePlan {

    public static final int MEETINGS_PER_TERM = 6;
    /** After this many terms disbanding is recommended and continuing needs a program manager. */
    public static final int TERMS_BEFORE_APPROVAL = 2;
    public static final int PUBLISH_WITHIN_WEEKS = 8;

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

    public String meetingStart(int meeting) {
        return calendar.months(monthInTerm(meeting));
    }

    public String getTermLength() {
        return calendar.months(MEETINGS_PER_TERM);
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
