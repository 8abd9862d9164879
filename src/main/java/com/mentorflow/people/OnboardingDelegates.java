package com.mentorflow.people;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of participant-onboarding.bpmn, each a thin bean: read the id, call the service. */
@Configuration(proxyBeanMethods = false)
class OnboardingDelegates {

    @Bean
    JavaDelegate sendProfileReminderDelegate(OnboardingSteps onboarding) {
        return execution -> onboarding.remindToComplete(accountId(execution));
    }

    @Bean
    JavaDelegate markProfileCompleteDelegate(OnboardingSteps onboarding) {
        return execution -> onboarding.markComplete(accountId(execution));
    }

    private static long accountId(DelegateExecution execution) {
        return ((Number) execution.getVariable(OnboardingProcess.VAR_ACCOUNT_ID)).longValue();
    }
}
