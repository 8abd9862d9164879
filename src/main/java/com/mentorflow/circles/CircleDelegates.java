package com.mentorflow.circles;

import static com.mentorflow.circles.CircleVariables.*;

import java.time.Instant;
import java.util.Date;
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
        return execution -> steps.openRecruiting(CIRCLE_ID.from(execution));
    }

    /** The term's timers count from termStartedAt; a continuing circle's next term starts where the last one ended. */
    @Bean
    JavaDelegate startTermDelegate(CircleSteps steps, CirclePlan plan) {
        return execution -> {
            Instant start = plan.nextTermStart(TERM_STARTED_AT.from(execution));
            TERM.set(execution, steps.startTerm(CIRCLE_ID.from(execution), start));
            TERM_STARTED_AT.set(execution, Date.from(start));
        };
    }

    /** Nobody has decided yet: unless the manager continues, the circle disbands (circle-lifecycle's Continue? gateway). */
    @Bean
    JavaDelegate askForRenewalDelegate(CircleSteps steps) {
        return execution -> {
            steps.askForRenewal(CIRCLE_ID.from(execution));
            RENEWAL.set(execution, CircleProcess.RENEWAL_UNDECIDED);
        };
    }

    @Bean
    JavaDelegate disbandCircleDelegate(CircleSteps steps) {
        return execution -> {
            steps.disband(CIRCLE_ID.from(execution));
            OUTCOME.set(execution, CircleProcess.OUTCOME_DISBANDED);
        };
    }

    @Bean
    JavaDelegate expireCircleDelegate(CircleSteps steps) {
        return execution -> {
            steps.expire(CIRCLE_ID.from(execution));
            OUTCOME.set(execution, CircleProcess.OUTCOME_EXPIRED);
        };
    }

    @Bean
    JavaDelegate cancelCircleDelegate(CircleSteps steps) {
        return execution -> steps.cancelled(CIRCLE_ID.from(execution), CANCEL_REASON.from(execution));
    }
}
