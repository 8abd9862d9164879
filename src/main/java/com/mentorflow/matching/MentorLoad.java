package com.mentorflow.matching;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What rules a mentor out beyond their profile: how many mentees they have now (kept in memory, since
 * ranking asks for every mentor) and which mentors a mentee has already asked (open or declined).
 * Acceptance itself never trusts these counts: it re-checks capacity under a lock.
 */
@Component
class MentorLoad {

    private final MentorshipRepository mentorships;
    private final MatchRequestRepository requests;
    private volatile Map<Long, Integer> active;

    MentorLoad(MentorshipRepository mentorships, MatchRequestRepository requests) {
        this.mentorships = mentorships;
        this.requests = requests;
    }

    int activeMentees(long mentorAccountId) {
        Map<Long, Integer> counts = active;
        if (counts == null) {
            counts = reload();
        }
        return counts.getOrDefault(mentorAccountId, 0);
    }

    Set<Long> alreadyAsked(long menteeAccountId) {
        return new HashSet<>(requests.mentorsAskedBy(menteeAccountId, EnumSet.of(MatchRequest.Status.PENDING_APPROVAL,
                MatchRequest.Status.PENDING, MatchRequest.Status.DECLINED)));
    }

    /** Changes on other nodes arrive with this reload. */
    @Scheduled(fixedDelayString = "${mentorflow.matching.reload-interval:PT5M}", initialDelayString = "PT5M")
    synchronized Map<Long, Integer> reload() {
        Map<Long, Integer> counts = new ConcurrentHashMap<>();
        for (Object[] row : mentorships.activeCountsByMentor()) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        active = counts;
        return counts;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MentorshipStarted started) {
        Map<Long, Integer> counts = active;
        if (counts != null) {
            counts.merge(started.mentorAccountId(), 1, Integer::sum);
        }
    }
}
