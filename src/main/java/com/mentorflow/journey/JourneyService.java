package com.mentorflow.journey;

import static com.mentorflow.journey.JourneyProcess.MESSAGE_ENDED_EARLY;
import static com.mentorflow.journey.JourneyProcess.VAR_END_REASON;
import static com.mentorflow.journey.JourneyTexts.length;

import com.mentorflow.matching.Mentorship;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pair's year as a whole: ending it before its time. What the pair does within the year is in
 * {@link JourneyModules}, {@link JourneyMeetings} and {@link JourneyCheckIns} (each checks who may); what the journey
 * model does by itself is {@link JourneySteps}.
 */
@Service
public class JourneyService {

    private final Mentorships mentorships;
    private final RuntimeService runtimeService;

    JourneyService(Mentorships mentorships, RuntimeService runtimeService) {
        this.mentorships = mentorships;
        this.runtimeService = runtimeService;
    }

    /** Either side, or a program manager, ends the mentorship before its time; every open task ends with it. */
    @Transactional
    public void endEarly(String username, long mentorshipId, String reason) {
        Mentorships.Pair pair = mentorships.pair(mentorshipId);
        if (!pair.includes(username) && !CurrentUser.hasRole(Roles.PROGRAM_MANAGER)) {
            throw new NotPermittedException(Sentence.of("journey.refusal.onlyPairEnds"));
        }
        new RejectedInputException.Collector()
                .check(length(reason) >= 5 && length(reason) <= 1000, "reason", Sentence.of("journey.refusal.giveReason"))
                .throwIfAny();
        if (pair.status() != Mentorship.Status.ACTIVE) {
            throw new ConflictException(Sentence.of("journey.refusal.mentorshipEnded"));
        }
        runtimeService.createMessageCorrelation(MESSAGE_ENDED_EARLY)
                .processInstanceBusinessKey(Long.toString(mentorshipId))
                .setVariable(VAR_END_REASON, reason.strip() + " (ended by " + username + ")")
                .correlate();
    }
}
