package com.mentorflow.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of mentee-journey.bpmn. */
@Configuration(proxyBeanMethods = false)
class JourneyDelegates {

    @Bean
    JavaDelegate completeMentorshipDelegate(JourneySteps journey) {
        return execution -> journey.completeMentorship(mentorshipId(execution));
    }

    @Bean
    JavaDelegate endMentorshipEarlyDelegate(JourneySteps journey) {
        return execution -> journey.endMentorshipEarly(mentorshipId(execution),
                (String) execution.getVariable(JourneyProcess.VAR_END_REASON));
    }

    @Bean
    JavaDelegate remindModuleDelegate(JourneySteps journey) {
        return execution -> journey.remindModule(mentorshipId(execution),
                ((Number) execution.getVariable(JourneyProcess.VAR_MODULE)).intValue());
    }

    private static long mentorshipId(DelegateExecution execution) {
        return ((Number) execution.getVariable(JourneyProcess.VAR_MENTORSHIP_ID)).longValue();
    }
}
