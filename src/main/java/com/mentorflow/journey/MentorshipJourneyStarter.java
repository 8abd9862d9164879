package com.mentorflow.journey;

import com.mentorflow.matching.MentorshipStarted;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a mentorship's own process (business key = mentorship id) in the accepting transaction, so an
 * accepted request without its journey cannot exist.
 */
@Component
class MentorshipJourneyStarter {

    static final String PROCESS_KEY = "mentee-journey";

    private final RuntimeService runtimeService;

    MentorshipJourneyStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void on(MentorshipStarted started) {
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, Long.toString(started.mentorshipId()),
                Map.of("mentorshipId", started.mentorshipId(), "program", started.program().name()));
    }
}
