package com.mentorflow.circles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of circle-lifecycle.bpmn; each hands over to {@link Circles}. */
@Configuration(proxyBeanMethods = false)
class CircleDelegates {

    @Bean
    JavaDelegate openRecruitingDelegate(Circles circles) {
        return execution -> circles.openRecruiting(circleId(execution));
    }

    @Bean
    JavaDelegate refuseJoinRequestDelegate(Circles circles) {
        return execution -> circles.refuseJoinRequest(((Number) execution.getVariable(CircleProcess.VAR_MEMBERSHIP_ID)).longValue(),
                (String) execution.getVariable(CircleProcess.VAR_REFUSAL));
    }

    @Bean
    JavaDelegate startTermDelegate(Circles circles) {
        return execution -> execution.setVariable(CircleProcess.VAR_TERM, circles.startTerm(circleId(execution)));
    }

    @Bean
    JavaDelegate askForRenewalDelegate(Circles circles) {
        return execution -> circles.askForRenewal(circleId(execution));
    }

    @Bean
    JavaDelegate disbandCircleDelegate(Circles circles) {
        return execution -> {
            circles.disband(circleId(execution));
            execution.setVariable(CircleProcess.VAR_OUTCOME, CircleProcess.OUTCOME_DISBANDED);
        };
    }

    @Bean
    JavaDelegate expireCircleDelegate(Circles circles) {
        return execution -> {
            circles.expire(circleId(execution));
            execution.setVariable(CircleProcess.VAR_OUTCOME, CircleProcess.OUTCOME_EXPIRED);
        };
    }

    @Bean
    JavaDelegate cancelCircleDelegate(Circles circles) {
        return execution -> circles.cancelled(circleId(execution), (String) execution.getVariable(CircleProcess.VAR_CANCEL_REASON));
    }

    private static long circleId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CircleProcess.VAR_CIRCLE_ID)).longValue();
    }
}
