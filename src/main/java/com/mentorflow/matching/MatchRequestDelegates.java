package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestVariables.*;

import com.mentorflow.matching.MatchRequestAcceptance.Outcome;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of match-request.bpmn, one bean per step: each reads the request id (and what the step needs)
 * and calls {@link MatchRequestSteps} or, after the mentor accepts, {@link MatchRequestAcceptance}.
 */
@Configuration(proxyBeanMethods = false)
class MatchRequestDelegates {

    @Bean
    JavaDelegate requireApprovalDelegate(MatchRequestSteps steps) {
        return execution -> steps.requireApproval(REQUEST_ID.from(execution), APPROVAL_REASON.from(execution));
    }

    @Bean
    JavaDelegate rejectRequestDelegate(MatchRequestSteps steps) {
        return execution -> steps.reject(REQUEST_ID.from(execution), REASON.from(execution));
    }

    @Bean
    JavaDelegate openForReviewDelegate(MatchRequestSteps steps) {
        return execution -> steps.openForReview(REQUEST_ID.from(execution));
    }

    @Bean
    JavaDelegate remindMentorDelegate(MatchRequestSteps steps) {
        return execution -> steps.remindMentor(REQUEST_ID.from(execution));
    }

    @Bean
    JavaDelegate expireRequestDelegate(MatchRequestSteps steps) {
        return execution -> steps.expire(REQUEST_ID.from(execution));
    }

    @Bean
    JavaDelegate withdrawRequestDelegate(MatchRequestSteps steps) {
        return execution -> steps.markWithdrawn(REQUEST_ID.from(execution), REASON.from(execution));
    }

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

    @Bean
    JavaDelegate withdrawOtherRequestsDelegate(MatchRequestAcceptance acceptance) {
        return execution -> acceptance.withdrawOtherRequests(REQUEST_ID.from(execution));
    }

    @Bean
    JavaDelegate tellBothDelegate(MatchRequestAcceptance acceptance) {
        return execution -> acceptance.tellBoth(REQUEST_ID.from(execution));
    }

    @Bean
    JavaDelegate startJourneyDelegate(MatchRequestAcceptance acceptance) {
        return execution -> acceptance.startJourney(MENTORSHIP_ID.from(execution));
    }

    @Bean
    JavaDelegate declineMentorFullDelegate(MatchRequestSteps steps) {
        return execution -> steps.declineMentorFull(REQUEST_ID.from(execution));
    }

    @Bean
    JavaDelegate tellMenteeMentorFullDelegate(MatchRequestSteps steps) {
        return execution -> steps.tellMenteeMentorFull(REQUEST_ID.from(execution));
    }
}
