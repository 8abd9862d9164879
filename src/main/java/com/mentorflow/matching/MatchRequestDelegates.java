package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestVariables.*;

import com.mentorflow.matching.MatchRequestAcceptance.Outcome;
import com.mentorflow.platform.ProcessVariable;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of match-request.bpmn, one bean per step (the bean names are in the deployed model: keep them).
 * Each names the step of {@link MatchRequestSteps} or, after the mentor accepts, {@link MatchRequestAcceptance} it runs
 * on the execution's request; {@link #onRequest} reads the request id (and the one variable a step needs).
 */
@Configuration(proxyBeanMethods = false)
class MatchRequestDelegates {

    @Bean JavaDelegate requireApprovalDelegate(MatchRequestSteps steps) { return onRequest(steps::requireApproval, APPROVAL_REASON); }
    @Bean JavaDelegate rejectRequestDelegate(MatchRequestSteps steps) { return onRequest(steps::reject, REASON); }
    @Bean JavaDelegate openForReviewDelegate(MatchRequestSteps steps) { return onRequest(steps::openForReview, PROPOSED_BY); }
    @Bean JavaDelegate remindMentorDelegate(MatchRequestSteps steps) { return onRequest(steps::remindMentor); }
    @Bean JavaDelegate expireRequestDelegate(MatchRequestSteps steps) { return onRequest(steps::expire); }
    @Bean JavaDelegate withdrawRequestDelegate(MatchRequestSteps steps) { return onRequest(steps::markWithdrawn, REASON); }

    @Bean
    JavaDelegate declineRequestDelegate(MatchRequestSteps steps) {
        return execution -> steps.decline(REQUEST_ID.from(execution), REASON.from(execution), REASON_TEXT.from(execution));
    }

    /** Sets what the gateway "Mentorship can start?" reads, and the reason a decline step passes on. */
    @Bean
    JavaDelegate createMentorshipDelegate(MatchRequestAcceptance acceptance) {
        return execution -> {
            Outcome outcome = acceptance.createMentorship(REQUEST_ID.from(execution));
            MENTORSHIP_START.set(execution, outcome.start().name());
            MENTORSHIP_ID.set(execution, outcome.mentorshipId());
            if (outcome.reason() != null) {
                REASON.set(execution, outcome.reason());
                REASON_TEXT.set(execution, null);
            }
        };
    }

    @Bean JavaDelegate withdrawOtherRequestsDelegate(MatchRequestAcceptance acceptance) { return onRequest(acceptance::withdrawOtherRequests); }
    @Bean JavaDelegate tellBothDelegate(MatchRequestAcceptance acceptance) { return onRequest(acceptance::tellBoth); }

    /** The one step about the mentorship, not the request: "Create mentorship" set its id. */
    @Bean
    JavaDelegate startJourneyDelegate(MatchRequestAcceptance acceptance) {
        return execution -> acceptance.startJourney(MENTORSHIP_ID.from(execution));
    }

    @Bean JavaDelegate declineMentorFullDelegate(MatchRequestSteps steps) { return onRequest(steps::declineMentorFull); }
    @Bean JavaDelegate tellMenteeMentorFullDelegate(MatchRequestSteps steps) { return onRequest(steps::tellMenteeMentorFull); }

    /** A step that needs the request and one variable an earlier step or the message set. */
    interface RequestStep<T> {
        void run(long requestId, T input);
    }

    private static JavaDelegate onRequest(LongConsumer step) {
        return execution -> step.accept(REQUEST_ID.from(execution));
    }

    private static <T> JavaDelegate onRequest(RequestStep<T> step, ProcessVariable<T> input) {
        return execution -> step.run(REQUEST_ID.from(execution), input.from(execution));
    }
}
