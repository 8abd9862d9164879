package com.mentorflow.circles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of circle-lifecycle.bpmn; each hands over to {@link CircleSteps} or {@link JoinRequests}. The bean
 * names are in deployed models: keep them.
 */
@Configuration(proxyBeanMethods = false)
class CircleDelegates {

    @Bean
    JavaDelegate openRecruitingDelegate(CircleSteps steps) {
        return execution -> steps.openRecruiting(circleId(execution));
    }

    @Bean
    JavaDelegate refuseJoinRequestDelegate(JoinRequests joinRequests) {
        return execution -> joinRequests.refuseJoinRequest(((Number) execution.getVariable(CircleProcess.VAR_MEMBERSHIP_ID)).longValue(),
                (String) execution.getVariable(CircleProcess.VAR_REFUSAL));
    }

    @Bean
    JavaDelegate startTermDelegate(CircleSteps steps) {
        return execution -> execution.setVariable(CircleProcess.VAR_TERM, steps.startTerm(circleId(execution)));
    }

    @Bean
    JavaDelegate askForRenewalDelegate(CircleSteps steps) {
        return execution -> steps.askForRenewal(circleId(execution));
    }

    @Bean
    JavaDelegate disbandCircleDelegate(CircleSteps steps) {
        return execution -> {
            steps.disband(circleId(execution));
            execution.setVariable(CircleProcess.VAR_OUTCOME, CircleProcess.OUTCOME_DISBANDED);
        };
    }

    @Bean
    JavaDelegate expireCircleDelegate(CircleSteps steps) {
        return execution -> {
            steps.expire(circleId(execution));
            execution.setVariable(CircleProcess.VAR_OUTCOME, CircleProcess.OUTCOME_EXPIRED);
        };
    }

    @Bean
    JavaDelegate cancelCircleDelegate(CircleSteps steps) {
        return execution -> steps.cancelled(circleId(execution), (String) execution.getVariable(CircleProcess.VAR_CANCEL_REASON));
    }

    private static long circleId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CircleProcess.VAR_CIRCLE_ID)).longValue();
    }
}
