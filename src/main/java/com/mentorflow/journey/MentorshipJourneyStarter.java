package com.mentorflow.journey;

import com.mentorflow.matching.MentorshipStarted;
import com.mentorflow.people.AccountService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a mentorship's journey (business key = mentorship id) in the accepting transaction, so an accepted
 * request without its journey cannot exist; its first module and meeting are due at once. The event carries the
 * pair's accounts, so their usernames (the tasks' assignees) take one query: a cohort's wave starts thousands.
 */
@Component
class MentorshipJourneyStarter {

    private final RuntimeService runtimeService;
    private final AccountService accounts;

    MentorshipJourneyStarter(RuntimeService runtimeService, AccountService accounts) {
        this.runtimeService = runtimeService;
        this.accounts = accounts;
    }

    @EventListener
    void on(MentorshipStarted started) {
        Map<Long, String> usernames = accounts.usernames(List.of(started.menteeAccountId(), started.mentorAccountId()));
        runtimeService.startProcessInstanceByKey(JourneyProcess.PROCESS_KEY, Long.toString(started.mentorshipId()),
                Map.of(JourneyProcess.VAR_MENTORSHIP_ID, started.mentorshipId(),
                        JourneyProcess.VAR_PROGRAM, started.program().name(),
                        JourneyProcess.VAR_MENTEE, username(usernames, started.menteeAccountId()),
                        JourneyProcess.VAR_MENTOR, username(usernames, started.mentorAccountId()),
                        JourneyProcess.VAR_LENGTH_MONTHS, started.lengthMonths(),
                        // Month 0 opens as the journey starts; the model counts the months after it.
                        JourneyProcess.VAR_PROGRAM_MONTH, 0));
    }

    private static String username(Map<Long, String> usernames, long accountId) {
        String username = usernames.get(accountId);
        if (username == null) {
            throw new IllegalStateException("No account " + accountId + " for the mentorship's journey");
        }
        return username;
    }
}
