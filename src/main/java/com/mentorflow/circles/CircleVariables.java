package com.mentorflow.circles;

import static com.mentorflow.platform.ProcessVariable.smallNumber;
import static com.mentorflow.platform.ProcessVariable.text;
import static com.mentorflow.platform.ProcessVariable.time;
import static com.mentorflow.platform.ProcessVariable.wholeNumber;

import com.mentorflow.platform.ProcessVariable;
import java.util.Date;

/** The variables of circle-lifecycle.bpmn with their types, declared once (the names are {@link CircleProcess}'s). */
final class CircleVariables {

    static final ProcessVariable<Long> CIRCLE_ID = wholeNumber(CircleProcess.VAR_CIRCLE_ID);
    /** The join request a "Review join request" task is about (set on the event subprocess that runs it). */
    static final ProcessVariable<Long> MEMBERSHIP_ID = wholeNumber(CircleProcess.VAR_MEMBERSHIP_ID);
    static final ProcessVariable<Integer> MEETING = smallNumber(CircleProcess.VAR_MEETING);
    static final ProcessVariable<Integer> TERM = smallNumber(CircleProcess.VAR_TERM);
    /** Where the term's timers count from. */
    static final ProcessVariable<Date> TERM_STARTED_AT = time(CircleProcess.VAR_TERM_STARTED_AT);
    static final ProcessVariable<String> RENEWAL = text(CircleProcess.VAR_RENEWAL);
    static final ProcessVariable<String> OUTCOME = text(CircleProcess.VAR_OUTCOME);
    static final ProcessVariable<String> CANCEL_REASON = text(CircleProcess.VAR_CANCEL_REASON);

    private CircleVariables() {
    }
}
