package com.mentorflow.matching;

import com.mentorflow.people.PersonDeactivated;
import com.mentorflow.people.PersonReactivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Someone left: their open match requests, sent or received, are withdrawn through the process (its tasks end) and
 * the other side is told; they leave the mentor suggestions. In the deactivating transaction, so the directory, the
 * requests and the process engine change together or not at all. Mentorships are not ended here: program managers
 * see them on Needs attention and decide.
 */
@Component
class MatchingOnLeaving {

    static final String MENTEE_LEFT = "the mentee is no longer in the mentoring program";
    static final String MENTOR_LEFT = "the mentor is no longer in the mentoring program";

    private final MatchRequestRepository requests;
    private final MatchRequestEngine matchRequests;
    private final MatchRequestPost post;
    private final MentorPool pool;

    MatchingOnLeaving(MatchRequestRepository requests, MatchRequestEngine matchRequests, MatchRequestPost post,
                      MentorPool pool) {
        this.requests = requests;
        this.matchRequests = matchRequests;
        this.post = post;
        this.pool = pool;
    }

    @EventListener
    void withdrawOpenRequests(PersonDeactivated event) {
        if (event.accountId() == null) {
            return;
        }
        long leaver = event.accountId();
        for (MatchRequest request : requests.findAll((root, query, cb) -> cb.and(
                cb.or(cb.equal(root.get("menteeAccountId"), leaver), cb.equal(root.get("mentorAccountId"), leaver)),
                root.get("status").in(MatchRequest.Status.OPEN)))) {
            boolean mentorLeft = request.getMentorAccountId() == leaver;
            // The process mails the mentor when the mentee withdraws; a mentee whose mentor left is told here.
            matchRequests.withdraw(request, mentorLeft ? MENTOR_LEFT : MENTEE_LEFT);
            if (mentorLeft) {
                post.send(request.getMenteeAccountId(), request.getProgram(), MatchRequestMails.mentorLeft(post.name(leaver)));
            }
        }
    }

    /** After commit: a rolled-back deactivation leaves the suggestions as they were. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void leaveSuggestions(PersonDeactivated event) {
        if (event.accountId() != null) {
            pool.refresh(event.accountId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void returnToSuggestions(PersonReactivated event) {
        if (event.accountId() != null) {
            pool.refresh(event.accountId());
        }
    }
}
