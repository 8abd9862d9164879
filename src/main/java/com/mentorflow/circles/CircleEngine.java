package com.mentorflow.circles;

import static com.mentorflow.circles.CircleProcess.*;

import com.mentorflow.people.ParticipantFacts;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** What the services tell circle-lifecycle.bpmn: a circle was proposed, someone asks to join, the circle is cancelled. */
@Component
class CircleEngine {

    private final RuntimeService runtimeService;

    CircleEngine(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    void proposed(long circleId) {
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, Long.toString(circleId), Map.of(VAR_CIRCLE_ID, circleId));
    }

    /**
     * An eligible person's request (JoinRequests checked circle-eligibility.dmn): a task for the manager. Circles still
     * running a model version from before that evaluate the rule themselves, so they get its inputs too.
     */
    void joinRequested(long circleId, long membershipId, ParticipantFacts person) {
        runtimeService.createMessageCorrelation(MESSAGE_JOIN_REQUESTED)
                .processInstanceBusinessKey(Long.toString(circleId))
                .setVariableToTriggeredScope(VAR_MEMBERSHIP_ID, membershipId)
                .setVariableToTriggeredScope(VAR_EMPLOYEE_TYPE, CirclePeople.employeeType(person))
                .setVariableToTriggeredScope(VAR_ACCOUNT_ACTIVE, person.active())
                .correlate();
    }

    void cancel(long circleId, String reason) {
        runtimeService.createMessageCorrelation(MESSAGE_CANCELLED)
                .processInstanceBusinessKey(Long.toString(circleId))
                .setVariable(VAR_CANCEL_REASON, reason)
                .correlate();
    }
}
