package com.mentorflow.journey;

import static com.mentorflow.platform.ProcessVariable.smallNumber;
import static com.mentorflow.platform.ProcessVariable.text;
import static com.mentorflow.platform.ProcessVariable.wholeNumber;

import com.mentorflow.platform.ProcessVariable;

/** The variables of mentee-journey.bpmn with their types, declared once (the names are {@link JourneyProcess}'s). */
final class JourneyVariables {

    static final ProcessVariable<Long> MENTORSHIP_ID = wholeNumber(JourneyProcess.VAR_MENTORSHIP_ID);
    static final ProcessVariable<Integer> MODULE = smallNumber(JourneyProcess.VAR_MODULE);
    static final ProcessVariable<Integer> MEETING = smallNumber(JourneyProcess.VAR_MEETING);
    static final ProcessVariable<Integer> CHECK_IN_MONTH = smallNumber(JourneyProcess.VAR_CHECK_IN_MONTH);
    static final ProcessVariable<String> END_REASON = text(JourneyProcess.VAR_END_REASON);

    private JourneyVariables() {
    }
}
