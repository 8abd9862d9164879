package com.mentorflow.matching.cohort;

import com.mentorflow.platform.Texts;
import com.mentorflow.tasks.TaskSubjectProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What a task of cohort-matching.bpmn is about in the inbox: the run and its program. */
@Component
class CohortTaskSubjects implements TaskSubjectProvider {

    private final CohortRunRepository runs;

    CohortTaskSubjects(CohortRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public String processDefinitionKey() {
        return CohortProcess.PROCESS_KEY;
    }

    @Override
    public String describe(String businessKey, Locale reader) {
        long runId = Long.parseLong(businessKey);
        return runs.findById(runId)
                .map(run -> Texts.text(reader, "matching.cohortPublish.subject", runId, run.program().label(reader)))
                .orElseGet(() -> Texts.text(reader, "matching.cohortPublish.subject.unknown"));
    }
}
