package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.*;
import static com.mentorflow.platform.ProcessVariable.text;
import static com.mentorflow.platform.ProcessVariable.wholeNumber;

import com.mentorflow.platform.ProcessVariable;

/**
 * The variables of match-request.bpmn with their types: delegates and services read and write them through these
 * declarations, so a name and its type are stated once (the names themselves are {@link MatchRequestProcess}'s).
 */
final class MatchRequestVariables {

    static final ProcessVariable<Long> REQUEST_ID = wholeNumber(VAR_REQUEST_ID);
    static final ProcessVariable<String> APPROVAL_REASON = text(VAR_APPROVAL_REASON);
    static final ProcessVariable<String> REASON = text(VAR_REASON);
    static final ProcessVariable<String> REASON_TEXT = text(VAR_REASON_TEXT);
    static final ProcessVariable<String> MENTORSHIP_START = text(VAR_MENTORSHIP_START);
    static final ProcessVariable<Long> MENTORSHIP_ID = wholeNumber(VAR_MENTORSHIP_ID);
    static final ProcessVariable<String> PROPOSED_BY = text(VAR_PROPOSED_BY);

    private MatchRequestVariables() {
    }
}
