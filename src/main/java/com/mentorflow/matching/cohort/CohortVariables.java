package com.mentorflow.matching.cohort;

import static com.mentorflow.platform.ProcessVariable.text;
import static com.mentorflow.platform.ProcessVariable.wholeNumber;
import static com.mentorflow.platform.ProcessVariable.yesNo;

import com.mentorflow.platform.ProcessVariable;

/** The variables of cohort-matching.bpmn with their types, declared once (the names are {@link CohortProcess}'s). */
final class CohortVariables {

    static final ProcessVariable<Long> RUN_ID = wholeNumber(CohortProcess.VAR_RUN_ID);
    static final ProcessVariable<String> MANAGER = text(CohortProcess.VAR_MANAGER);
    static final ProcessVariable<String> DECISION = text(CohortProcess.VAR_DECISION);
    static final ProcessVariable<Boolean> SECOND_APPROVAL = yesNo(CohortProcess.VAR_SECOND_APPROVAL);
    static final ProcessVariable<String> APPROVER = text(CohortProcess.VAR_APPROVER);
    static final ProcessVariable<Boolean> APPROVED = yesNo(CohortProcess.VAR_APPROVED);
    static final ProcessVariable<String> NOTE = text(CohortProcess.VAR_NOTE);
    /** The batch of "Publish pairs" this is: its mentors, "first-last" ({@link MentorRange}, {@link CohortBatches}). */
    static final ProcessVariable<String> BATCH = text(CohortProcess.VAR_BATCH);

    private CohortVariables() {
    }
}
