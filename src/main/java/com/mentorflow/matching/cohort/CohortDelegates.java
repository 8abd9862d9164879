package com.mentorflow.matching.cohort;

import static com.mentorflow.matching.cohort.CohortVariables.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of cohort-matching.bpmn, one bean per step (the bean names are in the deployed model: keep them). */
@Configuration(proxyBeanMethods = false)
class CohortDelegates {

    /** One batch of "Publish pairs": the pairs of a range of mentors. */
    @Bean
    JavaDelegate publishBatchDelegate(CohortPublishing publishing) {
        return execution -> publishing.publishBatch(RUN_ID.from(execution), MentorRange.parse(BATCH.from(execution)),
                MANAGER.from(execution));
    }

    @Bean
    JavaDelegate tellManagerDelegate(CohortPublishing publishing) {
        return execution -> publishing.finish(RUN_ID.from(execution), MANAGER.from(execution));
    }
}
