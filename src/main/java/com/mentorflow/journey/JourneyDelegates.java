package com.mentorflow.journey;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of mentee-journey.bpmn. */
@Configuration(proxyBeanMethods = false)
class JourneyDelegates {

    @Bean
    JavaDelegate completeMentorshipDelegate(JourneySteps journey) {
        return execution -> journey.completeMentorship(JourneyVariables.MENTORSHIP_ID.from(execution));
    }

    @Bean
    JavaDelegate endMentorshipEarlyDelegate(JourneySteps journey) {
        return execution -> journey.endMentorshipEarly(JourneyVariables.MENTORSHIP_ID.from(execution),
                JourneyVariables.END_REASON.from(execution));
    }

    @Bean
    JavaDelegate remindModuleDelegate(JourneySteps journey) {
        return execution -> journey.remindModule(JourneyVariables.MENTORSHIP_ID.from(execution),
                JourneyVariables.MODULE.from(execution));
    }
}
