package com.mentorflow.people;

import com.mentorflow.platform.ProcessVariable;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of participant-onboarding.bpmn, each a thin bean: read the id, call the service. */
@Configuration(proxyBeanMethods = false)
class OnboardingDelegates {

    private static final ProcessVariable<Long> ACCOUNT_ID = ProcessVariable.wholeNumber(OnboardingProcess.VAR_ACCOUNT_ID);

    @Bean
    JavaDelegate sendProfileReminderDelegate(OnboardingSteps onboarding) {
        return execution -> onboarding.remindToComplete(ACCOUNT_ID.from(execution));
    }

    @Bean
    JavaDelegate markProfileCompleteDelegate(OnboardingSteps onboarding) {
        return execution -> onboarding.markComplete(ACCOUNT_ID.from(execution));
    }
}
