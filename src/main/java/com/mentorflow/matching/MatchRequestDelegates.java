package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of match-request.bpmn: read the request id (and decision), call MatchRequestSteps (or MatchRequestAcceptance). */
@Configuration(proxyBeanMethods = false)
class MatchRequestDelegates {

    @Bean
    JavaDelegate requireApprovalDelegate(MatchRequestSteps steps) {
        return execution -> steps.requireApproval(requestId(execution), (String) execution.getVariable(VAR_APPROVAL_REASON));
    }

    @Bean
    JavaDelegate rejectRequestDelegate(MatchRequestSteps steps) {
        return execution -> steps.reject(requestId(execution), (String) execution.getVariable(VAR_REASON));
    }

    @Bean
    JavaDelegate openForReviewDelegate(MatchRequestSteps steps) {
        return execution -> steps.openForReview(requestId(execution));
    }

    @Bean
    JavaDelegate remindMentorDelegate(MatchRequestSteps steps) {
        return execution -> steps.remindMentor(requestId(execution));
    }

    @Bean
    JavaDelegate expireRequestDelegate(MatchRequestSteps steps) {
        return execution -> steps.expire(requestId(execution));
    }

    @Bean
    JavaDelegate withdrawRequestDelegate(MatchRequestSteps steps) {
        return execution -> steps.markWithdrawn(requestId(execution), (String) execution.getVariable(VAR_REASON));
    }

    @Bean
    JavaDelegate declineRequestDelegate(MatchRequestSteps steps) {
        return execution -> steps.decline(requestId(execution), (String) execution.getVariable(VAR_REASON),
                (String) execution.getVariable(VAR_REASON_TEXT));
    }

    @Bean
    JavaDelegate createMentorshipDelegate(MatchRequestAcceptance acceptance) {
        return execution -> execution.setVariable(VAR_MENTORSHIP_ID, acceptance.accept(requestId(execution)));
    }

    private static long requestId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_REQUEST_ID)).longValue();
    }
}
