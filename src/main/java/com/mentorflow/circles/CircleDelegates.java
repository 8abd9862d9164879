package com.mentorflow.circles;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of circle-lifecycle.bpmn; each hands over to {@link CircleSteps}. The bean
 * names are in deployed models: keep them.
 */
@Configuration(proxyBeanMethods = false)
class CircleDelegates {

    @Bean
    JavaDelegate openRecruitingDelegate(CircleSteps steps) {
        return execution -> steps.openRecruiting(circleId(execution));
    }

    /** The term's timers count from termStartedAt; a continuing circle's next term starts where the last one ended. */
    @Bean
    JavaDelegate startTermDelegate(CircleSteps steps, CirclePlan plan) {
        return execution -> {
            Instant start = plan.nextTermStart((Date) execution.getVariable(CircleProcess.VAR_TERM_STARTED_AT));
            execution.setVariable(CircleProcess.VAR_TERM, steps.startTerm(circleId(execution), start));
            execution.setVariable(CircleProcess.VAR_TERM_STARTED_AT, Date.from(start));
        };
    }

    /** Nobody has decided yet: unless the manager continues, the circle disbands (circle-lifecycle's Continue? gateway). */
    @Bean
    JavaDelegate askForRenewalDelegate(CircleSteps steps) {
        return execution -> {
            steps.askForRenewal(circleId(execution));
            execution.setVariable(CircleProcess.VAR_RENEWAL, CircleProcess.RENEWAL_UNDECIDED);
        };
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
