package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** What the matching module tells the match-request process: a request starts, or must be withdrawn. */
@Component
class MatchRequestEngine {

    private final RuntimeService runtimeService;

    MatchRequestEngine(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    void start(MatchRequest request, Map<String, Object> variables) {
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, request.getId().toString(), variables);
    }

    /** Closes an open request through its process (the mentee, an erased account, a match elsewhere). */
    void withdraw(MatchRequest request, String reason) {
        runtimeService.createMessageCorrelation(MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(request.getId().toString())
                .setVariable(VAR_REASON, reason)
                .correlate();
    }
}
