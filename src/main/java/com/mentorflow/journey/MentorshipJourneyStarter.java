package com.mentorflow.journey;

import com.mentorflow.matching.MentorshipStarted;
import com.mentorflow.matching.Mentorships;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a mentorship's journey (business key = mentorship id) in the accepting transaction, so an accepted
 * request without its journey cannot exist; its first module and meeting are due at once.
 */
@Component
class MentorshipJourneyStarter {

    private final RuntimeService runtimeService;
    private final Mentorships mentorships;

    MentorshipJourneyStarter(RuntimeService runtimeService, Mentorships mentorships) {
        this.runtimeService = runtimeService;
        this.mentorships = mentorships;
    }

    @EventListener
    void on(MentorshipStarted started) {
        Mentorships.Pair pair = mentorships.pair(started.mentorshipId());
        runtimeService.startProcessInstanceByKey(JourneyProcess.PROCESS_KEY, Long.toString(started.mentorshipId()),
                Map.of(JourneyProcess.VAR_MENTORSHIP_ID, started.mentorshipId(),
                        JourneyProcess.VAR_PROGRAM, started.program().name(),
                        JourneyProcess.VAR_MENTEE, pair.menteeUsername(),
                        JourneyProcess.VAR_MENTOR, pair.mentorUsername(),
                        JourneyProcess.VAR_LENGTH_MONTHS, started.lengthMonths()));
    }
}
