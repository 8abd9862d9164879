package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of match-request.bpmn: read the request id (and decision), call MatchRequests. */
@Configuration(proxyBeanMethods = false)
class MatchRequestDelegates {

    @Bean
    JavaDelegate requireApprovalDelegate(MatchRequests requests) {
        return execution -> requests.requireApproval(requestId(execution), (String) execution.getVariable(VAR_APPROVAL_REASON));
    }

    @Bean
    JavaDelegate rejectRequestDelegate(MatchRequests requests) {
        return execution -> requests.reject(requestId(execution), (String) execution.getVariable(VAR_REASON));
    }

    @Bean
    JavaDelegate openForReviewDelegate(MatchRequests requests) {
        return execution -> requests.openForReview(requestId(execution));
    }

    @Bean
    JavaDelegate remindMentorDelegate(MatchRequests requests) {
        return execution -> requests.remindMentor(requestId(execution));
    }

    @Bean
    JavaDelegate expireRequestDelegate(MatchRequests requests) {
        return execution -> requests.expire(requestId(execution));
    }

    @Bean
    JavaDelegate withdrawRequestDelegate(MatchRequests requests) {
        return execution -> requests.markWithdrawn(requestId(execution), (String) execution.getVariable(VAR_REASON));
    }

    @Bean
    JavaDelegate declineRequestDelegate(MatchRequests requests) {
        return execution -> requests.decline(requestId(execution), (String) execution.getVariable(VAR_REASON),
                (String) execution.getVariable(VAR_REASON_TEXT));
    }

    @Bean
    JavaDelegate createMentorshipDelegate(MatchRequests requests) {
        return execution -> execution.setVariable(VAR_MENTORSHIP_ID, requests.accept(requestId(execution)));
    }

    private static long requestId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_REQUEST_ID)).longValue();
    }
}
